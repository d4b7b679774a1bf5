--TEST--
array_slice with offsets, lengths and preserve_keys
--FILE--
<?php
$a = ['a' => 1, 5 => 2, 3, 'b' => 4, 10 => 5];
var_dump(array_slice($a, 1));
var_dump(array_slice($a, 1, 2, true));
var_dump(array_slice($a, -2));
var_dump(array_slice($a, -10, 2));
var_dump(array_slice($a, 2, -1));
var_dump(array_slice($a, 10), array_slice($a, 0, 0), array_slice($a, 1, -10));
var_dump(array_slice([1, 2, 3], 1, null, true));
--EXPECT--
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  ["b"]=>
  int(4)
  [2]=>
  int(5)
}
array(2) {
  [5]=>
  int(2)
  [6]=>
  int(3)
}
array(2) {
  ["b"]=>
  int(4)
  [0]=>
  int(5)
}
array(2) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
}
array(2) {
  [0]=>
  int(3)
  ["b"]=>
  int(4)
}
array(0) {
}
array(0) {
}
array(0) {
}
array(2) {
  [1]=>
  int(2)
  [2]=>
  int(3)
}
