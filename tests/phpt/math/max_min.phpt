--TEST--
max and min: arrays, varargs, mixed types and errors
--FILE--
<?php
var_dump(max(1, 2.5, "3"), max([1, 5, 3]), min("apple", "banana"), max("10", "9a"), max([1, 2], [1, 3]));
var_dump(min(null, 0, false), max("abc", 0), min("abc", 0), max(true, 2), max([0 => 1], [1 => 0]), min([3, 1, 2]), max([1.5, "1.5"]), min(-INF, PHP_INT_MIN));
foreach ([fn() => max(), fn() => max([]), fn() => min(1), fn() => max("a"), fn() => min([])] as $f) {
    try { var_dump($f()); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
string(1) "3"
int(5)
string(5) "apple"
string(2) "9a"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
NULL
string(3) "abc"
int(0)
bool(true)
array(1) {
  [1]=>
  int(0)
}
int(1)
float(1.5)
float(-INF)
ArgumentCountError: max() expects at least 1 argument, 0 given
ValueError: max(): Argument #1 ($value) must contain at least one element
TypeError: min(): Argument #1 ($value) must be of type array, int given
TypeError: max(): Argument #1 ($value) must be of type array, string given
ValueError: min(): Argument #1 ($value) must contain at least one element
