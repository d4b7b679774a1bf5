--TEST--
range with integers, steps and errors (PHP 8.2 rules)
--FILE--
<?php
var_dump(range(1, 5), range(5, 1), range(0, 10, 3), range(10, 0, -4), range(3, 3));
var_dump(range("1", "4"), range("5", 2), range(1, "3"));
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => range(1, 2, 0));
t(fn() => range(1, 2, 5));
t(fn() => range(1, 3, -1));
t(fn() => range(0, 0x40000000));
t(fn() => range(0x40000000, 0));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(5) {
  [0]=>
  int(5)
  [1]=>
  int(4)
  [2]=>
  int(3)
  [3]=>
  int(2)
  [4]=>
  int(1)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(3)
  [2]=>
  int(6)
  [3]=>
  int(9)
}
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(6)
  [2]=>
  int(2)
}
array(1) {
  [0]=>
  int(3)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(4) {
  [0]=>
  int(5)
  [1]=>
  int(4)
  [2]=>
  int(3)
  [3]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
ValueError: The supplied range exceeds the maximum array size: start=0 end=1073741824
ValueError: The supplied range exceeds the maximum array size: start=0 end=1073741824
