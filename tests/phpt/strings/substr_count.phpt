--TEST--
substr_count with offsets, lengths and errors
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(substr_count("hello hello hello", "hello"), substr_count("aaaa", "aa"), substr_count("abc", "d"));
var_dump(substr_count("hello hello", "hello", 1), substr_count("hello hello", "hello", -5), substr_count("hello hello", "hello", 0, 5));
var_dump(substr_count("abcabc", "abc", 0, -1), substr_count("abcabc", "abc", 3, 3));
t(fn() => substr_count("abc", ""));
t(fn() => substr_count("abc", "a", 4));
t(fn() => substr_count("abc", "a", -4));
t(fn() => substr_count("abc", "a", 1, 3));
t(fn() => substr_count("abc", "a", 1, -3));
?>
--EXPECT--
int(3)
int(2)
int(0)
int(1)
int(1)
int(1)
int(1)
int(1)
ValueError: substr_count(): Argument #2 ($needle) cannot be empty
ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
