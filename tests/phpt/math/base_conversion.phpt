--TEST--
bindec, hexdec, octdec, decbin, dechex, decoct
--FILE--
<?php
var_dump(decbin(-1), dechex(255), decoct(8), decbin(0), dechex(PHP_INT_MAX), dechex(PHP_INT_MIN), decoct(-1));
var_dump(bindec("1111"), hexdec("ff"), octdec("777"), hexdec("0xff"), bindec("0b101"), octdec("0o17"), hexdec(" a "));
var_dump(bindec(str_repeat("1", 64)), hexdec("ffffffffffffffff"), hexdec("7fffffffffffffff"), octdec("1777777777777777777777"));
--EXPECT--
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(2) "ff"
string(2) "10"
string(1) "0"
string(16) "7fffffffffffffff"
string(16) "8000000000000000"
string(22) "1777777777777777777777"
int(15)
int(255)
int(511)
int(255)
int(5)
int(15)
int(10)
float(1.8446744073709552E+19)
float(1.8446744073709552E+19)
int(9223372036854775807)
float(1.8446744073709552E+19)
