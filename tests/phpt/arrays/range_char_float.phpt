--TEST--
range with characters and floats
--FILE--
<?php
var_dump(range('a', 'e'), range('e', 'a', 2), range('A', 'z', 10), range('x', 'x'));
var_dump(range(0, 1, 0.25), range(1.5, 0), range(0.1, 0.5, 0.1), range('1.5', '3'));
var_dump(range('a', 'c', 1.5), range('', 'c'), range('abc', 'b'));
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => range('a', 'c', 5));
t(fn() => range(0, INF));
t(fn() => range(1.0, 2.0, 3.0));
--EXPECT--
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
array(3) {
  [0]=>
  string(1) "e"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "a"
}
array(6) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "K"
  [2]=>
  string(1) "U"
  [3]=>
  string(1) "_"
  [4]=>
  string(1) "i"
  [5]=>
  string(1) "s"
}
array(1) {
  [0]=>
  string(1) "x"
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(2) {
  [0]=>
  float(1.5)
  [1]=>
  float(0.5)
}
array(5) {
  [0]=>
  float(0.1)
  [1]=>
  float(0.2)
  [2]=>
  float(0.30000000000000004)
  [3]=>
  float(0.4)
  [4]=>
  float(0.5)
}
array(2) {
  [0]=>
  float(1.5)
  [1]=>
  float(2.5)
}
array(1) {
  [0]=>
  float(0)
}
array(1) {
  [0]=>
  int(0)
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: Invalid range supplied: start=0 end=inf
ValueError: range(): Argument #3 ($step) must not exceed the specified range
