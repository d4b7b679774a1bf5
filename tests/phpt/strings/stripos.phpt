--TEST--
stripos is ASCII case-insensitive
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(stripos("Hello World", "WORLD"), stripos("ABC", "b", 1), stripos("ABC", "b", 2), stripos("ÄBC", "äbc"), stripos("xX", "x", -1));
t(fn() => stripos("abc", "a", 4));
?>
--EXPECT--
int(6)
int(1)
bool(false)
bool(false)
int(1)
ValueError: stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
