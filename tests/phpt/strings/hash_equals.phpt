--TEST--
hash_equals compares strings only, without coercion
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(hash_equals("abc", "abc"), hash_equals("abc", "abd"), hash_equals("abc", "ab"), hash_equals("", ""), hash_equals("\0", "\0"));
t(fn() => hash_equals(1, "1"));
t(fn() => hash_equals("1", null));
t(fn() => hash_equals("a", ["a"]));
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
TypeError: hash_equals(): Argument #1 ($known_string) must be of type string, int given
TypeError: hash_equals(): Argument #2 ($user_string) must be of type string, null given
TypeError: hash_equals(): Argument #2 ($user_string) must be of type string, array given
