--TEST--
strpos offsets, misses and ValueErrors
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$h = "hello world";
var_dump(strpos($h, "o"), strpos($h, "o", 5), strpos($h, "o", -3), strpos($h, "z"), strpos($h, ""), strpos($h, "", 11));
var_dump(strpos($h, "world", -5), strpos($h, "hello", 1), strpos("", ""), strpos("abc", "c", -1));
t(fn() => strpos($h, "o", 12));
t(fn() => strpos($h, "o", -12));
var_dump(strpos("a1b", 1));
?>
--EXPECT--
int(4)
int(7)
bool(false)
bool(false)
int(0)
int(11)
int(6)
bool(false)
int(0)
int(2)
ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
int(1)
