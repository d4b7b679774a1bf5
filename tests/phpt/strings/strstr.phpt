--TEST--
strstr, stristr and strchr with before_needle
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$e = "user@example.com";
var_dump(strstr($e, "@"), strstr($e, "@", true), strstr($e, "x"), strstr($e, ""), strstr($e, "", true));
var_dump(stristr("HayStack", "st"), stristr("HayStack", "ST", true), stristr("abc", "D"));
var_dump(strchr("a.b.c", "."), strchr("a.b.c", ".", true));
?>
--EXPECT--
string(12) "@example.com"
string(4) "user"
string(10) "xample.com"
string(16) "user@example.com"
string(0) ""
string(5) "Stack"
string(3) "Hay"
bool(false)
string(4) ".b.c"
string(1) "a"
