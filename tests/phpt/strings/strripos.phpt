--TEST--
strripos
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strripos("ABCabc", "B"), strripos("ABCabc", "b", -3), strripos("aXa", "x", 1), strripos("abc", "ABC"), strripos("abc", "d"));
t(fn() => strripos("abc", "a", 10));
?>
--EXPECT--
int(4)
int(1)
int(1)
int(0)
bool(false)
ValueError: strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
