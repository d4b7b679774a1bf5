--TEST--
substr_compare
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(substr_compare("abcde", "bc", 1, 2), substr_compare("abcde", "de", -2, 2), substr_compare("abcde", "bcg", 1, 2), substr_compare("abcde", "BC", 1, 2, true));
var_dump(substr_compare("abcde", "bc", 1, 3), substr_compare("abcde", "cd", 1, 2), substr_compare("abcde", "abc", 5, 1), substr_compare("abcde", "x", 0, 0));
var_dump(substr_compare("abcde", "bcde", 1), substr_compare("abcde", "bcdef", 1), substr_compare("abc", "b", -10, 1));
t(fn() => substr_compare("abcde", "x", 6));
t(fn() => substr_compare("abcde", "x", 0, -1));
?>
--EXPECT--
int(0)
int(0)
int(0)
int(0)
int(1)
int(-1)
int(-1)
int(0)
int(0)
int(-1)
int(-1)
ValueError: substr_compare(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: substr_compare(): Argument #4 ($length) must be greater than or equal to 0
