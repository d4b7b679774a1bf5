--TEST--
str_split chunk sizes and errors
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(str_split("abcdef"), str_split("abcdefg", 3), str_split("ab", 5), str_split(""));
t(fn() => str_split("abc", 0));
t(fn() => str_split("abc", -2));
?>
--EXPECT--
array(6) {
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
  [5]=>
  string(1) "f"
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(3) "def"
  [2]=>
  string(1) "g"
}
array(1) {
  [0]=>
  string(2) "ab"
}
array(0) {
}
ValueError: str_split(): Argument #2 ($length) must be greater than 0
ValueError: str_split(): Argument #2 ($length) must be greater than 0
