--TEST--
bin2hex and hex2bin
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(bin2hex("abc"), bin2hex(""), bin2hex("\0\xff"), hex2bin("616263"), hex2bin("DEADbeef") === "\xde\xad\xbe\xef", hex2bin(""));
var_dump(hex2bin("abc"));
var_dump(hex2bin("zz"));
var_dump(hex2bin("0g"));
?>
--EXPECTF--
string(6) "616263"
string(0) ""
string(4) "00ff"
string(3) "abc"
bool(true)
string(0) ""

Warning: hex2bin(): Hexadecimal input string must have an even length in %s on line 6
bool(false)

Warning: hex2bin(): Input string must be hexadecimal string in %s on line 7
bool(false)

Warning: hex2bin(): Input string must be hexadecimal string in %s on line 8
bool(false)
