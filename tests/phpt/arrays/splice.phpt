--TEST--
array_splice: removal, replacement, negative offsets, reindexing
--FILE--
<?php
$a = ['a', 'b', 'c', 'd', 'e'];
var_dump(array_splice($a, 1, 2), $a);
$a = ['a', 'b', 'c'];
var_dump(array_splice($a, -1, 1, ['X', 'Y']), $a);
$a = ['x' => 1, 5 => 2, 9 => 3];
var_dump(array_splice($a, 1, 0, 'ins'), $a);
$a = [1, 2, 3, 4];
var_dump(array_splice($a, 1, -1), $a);
$a = [1, 2];
array_splice($a, 5, 0, [9]);
var_dump($a);
$a = [1, 2, 3];
array_splice($a, 1);
var_dump($a);
try { array_splice($undefined, 0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(1) {
  [0]=>
  string(1) "c"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "X"
  [3]=>
  string(1) "Y"
}
array(0) {
}
array(4) {
  ["x"]=>
  int(1)
  [0]=>
  string(3) "ins"
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(4)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(9)
}
array(1) {
  [0]=>
  int(1)
}
array_splice(): Argument #1 ($array) must be of type array, null given
