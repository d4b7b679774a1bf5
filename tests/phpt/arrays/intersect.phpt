--TEST--
array_intersect, array_intersect_key, array_intersect_assoc
--FILE--
<?php
$a = ['a' => 'green', 'red', 'blue', 'red'];
$b = ['b' => 'green', 'yellow', 'red'];
var_dump(array_intersect($a, $b));
var_dump(array_intersect($a, $b, ['green']));
var_dump(array_intersect_key(['blue' => 1, 'red' => 2, 'green' => 3, 'purple' => 4], ['green' => 5, 'blue' => 6, 'yellow' => 7]));
var_dump(array_intersect_assoc(['a' => 'green', 'b' => 'brown', 'c' => 'blue', 'red'], ['a' => 'green', 'b' => 'yellow', 'blue', 'red']));
var_dump(array_intersect([1, "1", 1.0, "01"], ["1"]));
try { array_intersect_key([1], 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [2]=>
  string(3) "red"
}
array(1) {
  ["a"]=>
  string(5) "green"
}
array(2) {
  ["blue"]=>
  int(1)
  ["green"]=>
  int(3)
}
array(1) {
  ["a"]=>
  string(5) "green"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  string(1) "1"
  [2]=>
  float(1)
}
array_intersect_key(): Argument #2 must be of type array, string given
