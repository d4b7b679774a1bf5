--TEST--
strrpos with positive and negative offsets
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$h = "0123456789a123456789b";
var_dump(strrpos($h, "7"), strrpos($h, "7", 8), strrpos($h, "7", -5), strrpos($h, "7", -15), strrpos($h, "7", 20), strrpos($h, "x"));
var_dump(strrpos("abcabc", "abc", -1), strrpos("abcabc", "abc", -3), strrpos("abcabc", "abc", -4), strrpos("abc", ""), strrpos("abc", "", -1));
var_dump(strrpos("aaa", "aa"), strrpos("abc", "c", 3), strrpos("abc", "abcd"));
t(fn() => strrpos("abc", "a", 4));
t(fn() => strrpos("abc", "a", -4));
?>
--EXPECT--
int(17)
int(17)
int(7)
bool(false)
bool(false)
bool(false)
int(3)
int(3)
int(0)
int(3)
int(2)
int(1)
bool(false)
bool(false)
ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
