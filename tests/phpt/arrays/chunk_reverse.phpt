--TEST--
array_chunk and array_reverse with preserve_keys
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 5 => 3, 4, 5];
var_dump(array_chunk($a, 2));
var_dump(array_chunk($a, 3, true));
var_dump(array_chunk([], 2));
try { array_chunk($a, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_reverse($a), array_reverse($a, true), array_reverse([]));
--EXPECT--
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(3) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
    [5]=>
    int(3)
  }
  [1]=>
  array(2) {
    [6]=>
    int(4)
    [7]=>
    int(5)
  }
}
array(0) {
}
array_chunk(): Argument #2 ($length) must be greater than 0
array(5) {
  [0]=>
  int(5)
  [1]=>
  int(4)
  [2]=>
  int(3)
  ["b"]=>
  int(2)
  ["a"]=>
  int(1)
}
array(5) {
  [7]=>
  int(5)
  [6]=>
  int(4)
  [5]=>
  int(3)
  ["b"]=>
  int(2)
  ["a"]=>
  int(1)
}
array(0) {
}
