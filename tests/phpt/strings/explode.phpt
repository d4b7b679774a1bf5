--TEST--
explode with limits and the empty separator
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(explode(",", "a,b,c"), explode(",", "a,b,c", 2), explode(",", "a,b,c", 1), explode(",", "a,b,c", 0));
var_dump(explode(",", "a,b,c", -1), explode(",", "a,b,c", -3), explode(",", "abc", -1), explode(",", "", -1), explode(",", ""));
var_dump(explode("::", "a::b::::c"), explode(",", ",a,"), explode("ab", "xababy"));
t(fn() => explode("", "abc"));
var_dump(explode(",", "a,b", PHP_INT_MIN));
?>
--EXPECT--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  string(0) ""
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "y"
}
ValueError: explode(): Argument #1 ($separator) cannot be empty
array(0) {
}
