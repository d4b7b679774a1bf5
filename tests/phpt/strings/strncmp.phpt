--TEST--
strncmp and strncasecmp with lengths
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strncmp("abcd", "abef", 2), strncmp("abcd", "abef", 3), strncmp("abc", "abcd", 3), strncmp("abc", "abcd", 4), strncmp("a", "b", 0));
var_dump(strncasecmp("Hello", "hELP", 3), strncasecmp("Hello", "hELP", 4), strncasecmp("a", "A", 100), strncasecmp("b", "A", 1));
t(fn() => strncmp("a", "b", -1));
t(fn() => strncasecmp("a", "b", -5));
?>
--EXPECT--
int(0)
int(-2)
int(0)
int(-1)
int(0)
int(0)
int(-4)
int(0)
int(1)
ValueError: strncmp(): Argument #3 ($length) must be greater than or equal to 0
ValueError: strncasecmp(): Argument #3 ($length) must be greater than or equal to 0
