--TEST--
str_repeat and its errors
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(str_repeat("ab", 3), str_repeat("x", 0), str_repeat("", 5), str_repeat("-=", 1));
t(fn() => str_repeat("a", -1));
t(fn() => str_repeat("a", "b"));
var_dump(str_repeat("7", "3"));
?>
--EXPECT--
string(6) "ababab"
string(0) ""
string(0) ""
string(2) "-="
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given
string(3) "777"
