--TEST--
strspn and strcspn with windows
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strspn("42 is the answer", "1234567890"), strspn("foo", "o", 1, 2), strspn("abc", ""), strspn("", "a"));
var_dump(strcspn("abcd", "cd"), strcspn("hello", "l", -3), strcspn("hello", "xyz"), strcspn("abcd", "d", 10), strcspn("abcd", "z", 1, -1));
var_dump(strspn("aaab", "a", -10), strcspn("abc", "", 0));
?>
--EXPECT--
int(2)
int(2)
int(0)
int(0)
int(2)
int(0)
int(5)
int(0)
int(2)
int(3)
int(3)
