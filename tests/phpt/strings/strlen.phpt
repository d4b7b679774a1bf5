--TEST--
strlen on bytes, numbers and bad types
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strlen(""), strlen("abc"), strlen("h\0llo"), strlen("héllo"));
var_dump(strlen(12345), strlen(1.5), strlen(true), strlen(false));
t(fn() => strlen([]));
t(fn() => strlen(new stdClass));
?>
--EXPECT--
int(0)
int(3)
int(5)
int(6)
int(5)
int(3)
int(1)
int(0)
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
TypeError: strlen(): Argument #1 ($string) must be of type string, stdClass given
