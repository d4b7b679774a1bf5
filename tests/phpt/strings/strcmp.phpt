--TEST--
strcmp and strcasecmp return -1, 0 or 1
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcmp("abc", "ab"), strcmp("", "a"), strcmp("a", "A"));
var_dump(strcmp("apple", "banana"), strcmp("\xff", "\x01"), strcmp(10, 9), strcmp("a\0b", "a\0c"));
var_dump(strcasecmp("HELLO", "hello"), strcasecmp("a", "B"), strcasecmp("B", "a"), strcasecmp("abc", "ABCD"), strcasecmp("", ""));
?>
--EXPECT--
int(-1)
int(1)
int(0)
int(1)
int(-1)
int(32)
int(-1)
int(254)
int(-8)
int(-1)
int(0)
int(-1)
int(1)
int(-1)
int(0)
