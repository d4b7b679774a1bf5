--TEST--
array_diff, array_diff_key, array_diff_assoc
--FILE--
<?php
$a = ['a' => 'green', 'red', 'blue', 'red', 5 => 1, 6 => '1.0'];
$b = ['b' => 'green', 'yellow', 'red', 'x' => 1];
var_dump(array_diff($a, $b));
var_dump(array_diff($a, $b, ['blue']));
var_dump(array_diff_key(['a' => 1, 'b' => 2, 0 => 3, 1 => 4], ['a' => 9, '0' => 9]));
var_dump(array_diff_assoc(['a' => 'green', 'b' => 'brown', 'c' => 'blue', 'red'], ['a' => 'green', 'yellow', 'red']));
var_dump(array_diff_assoc(["1.0", 'a' => 1], ["1", 'a' => '1']));
var_dump(array_diff([1, 2]));
try { array_diff([1], 5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_diff([[1], 'x'], ['x']));
--EXPECTF--
array(2) {
  [1]=>
  string(4) "blue"
  [6]=>
  string(3) "1.0"
}
array(1) {
  [6]=>
  string(3) "1.0"
}
array(2) {
  ["b"]=>
  int(2)
  [1]=>
  int(4)
}
array(3) {
  ["b"]=>
  string(5) "brown"
  ["c"]=>
  string(4) "blue"
  [0]=>
  string(3) "red"
}
array(1) {
  [0]=>
  string(3) "1.0"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array_diff(): Argument #2 must be of type array, int given

Warning: Array to string conversion in %s on line 11
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
