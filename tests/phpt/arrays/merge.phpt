--TEST--
array_merge: renumbering, string keys overwrite, no args
--FILE--
<?php
var_dump(array_merge());
var_dump(array_merge([5 => 'a', 9 => 'b'], ['x' => 1, 3 => 'c'], ['x' => 2, 'd']));
var_dump(array_merge(['a' => 1], []));
var_dump(array_merge([3 => 'only']));
try { array_merge([1], 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(0) {
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  ["x"]=>
  int(2)
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  [0]=>
  string(4) "only"
}
array_merge(): Argument #2 must be of type array, int given
