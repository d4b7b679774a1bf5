--TEST--
str_contains, str_starts_with, str_ends_with
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(str_contains("abc", "b"), str_contains("abc", ""), str_contains("", ""), str_contains("abc", "B"), str_contains("", "a"));
var_dump(str_starts_with("abc", "ab"), str_starts_with("abc", ""), str_starts_with("abc", "abcd"), str_starts_with("abc", "b"));
var_dump(str_ends_with("abc", "bc"), str_ends_with("abc", ""), str_ends_with("abc", "xabc"), str_ends_with("a\0b", "\0b"));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
