--TEST--
array_fill, array_fill_keys and array_pad
--FILE--
<?php
var_dump(array_fill(5, 3, 'x'), array_fill(-3, 3, 0), array_fill(0, 0, 1));
try { array_fill(0, -1, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_fill_keys(['a', 5, '7', 1.5, true], 'v'));
var_dump(array_pad([1, 2], 4, 0), array_pad([1, 2], -4, 0), array_pad(['a' => 1, 5 => 2], 3, 'p'), array_pad([1, 2, 3], 2, 0));
try { array_pad([], 2000000, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  [5]=>
  string(1) "x"
  [6]=>
  string(1) "x"
  [7]=>
  string(1) "x"
}
array(3) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
  [-1]=>
  int(0)
}
array(0) {
}
array_fill(): Argument #2 ($count) must be greater than or equal to 0
array(5) {
  ["a"]=>
  string(1) "v"
  [5]=>
  string(1) "v"
  [7]=>
  string(1) "v"
  ["1.5"]=>
  string(1) "v"
  [1]=>
  string(1) "v"
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
  [3]=>
  int(2)
}
array(3) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  string(1) "p"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array_pad(): Argument #2 ($length) must be less than or equal to 1048576
