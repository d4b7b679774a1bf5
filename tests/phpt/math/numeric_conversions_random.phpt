--TEST--
Numeric strings, conversions, number formatting, seeded random functions including str_shuffle
--FILE--
<?php
var_dump("5" + "5.5", "1e3" + 1, "0x1A" + 0, " 42" + 0, "42 " + 0);
try { var_dump("abc" + 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump("12abc" + 1);
try { var_dump([] + 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(null + 5, true + true, "3" * "4", 7 / 2, 8 / 2, "10" / "4", 2 ** 3, "2" ** "0.5", -7 % 2, 7 <=> "7", "abc" == "ABC");
var_dump(intval("  12 "), intval("0b11", 0), intval("0x1f", 16), intval("012", 0), intval("12", 36), floatval("1.5e3abc"), (int) "1e2", (float) ".5", boolval("0"), boolval("0.0"), boolval([]), boolval([0]));
var_dump(is_numeric("1e5"), is_numeric(" 5"), is_numeric("5 "), is_numeric("0x1A"), is_numeric("."), is_numeric("-.5"), is_numeric(""));
var_dump(PHP_INT_MAX + 1 == PHP_INT_MAX, 0.1 + 0.2 === 0.3, abs(-0), abs(PHP_INT_MIN), -PHP_INT_MAX - 1, PHP_INT_MIN % -1);
var_dump(round(3.14159, 3), round(1234.5678, -2), floor(5), ceil(4.0001), fmod(-7, 3), intdiv(-7, 2), max("10", "9"), max("abc", 0), min(1, "1"), max([1, 2], [1, 3]), array_sum(["1.5", 2]));
var_dump(number_format(2.675, 2), number_format(-0.4), sprintf("%.1f", 0.05), sprintf("%.2f", 1.005), sprintf("%d", "1e3"), sprintf("%5.1e", 12345.678), sprintf("%g", 0.00001234), sprintf("%G", 1e20), sprintf("%x", -1), sprintf("%c%c", 72, 105));
var_dump(str_pad("x", 5, "ab", STR_PAD_BOTH), strval(1.0), strval(1e25), 1e25 . "", (string) 0.1, 100000000000000000000 . "", 1.5e-10 . "", -1.0 . "", (string) -0.0);
var_dump(base_convert("ff", 16, 2), bindec("111"), decbin(-1), dechex(255), hexdec("zz1"), octdec("777"), decoct(8), base_convert("zz", 36, 10));
var_dump(mt_srand(42), mt_rand(), mt_rand(1, 100), rand(1, 6), mt_getrandmax());
srand(5); var_dump(rand(), rand(1, 10)); mt_srand(3, MT_RAND_PHP); var_dump(mt_rand(1, 100));
var_dump(array_rand([1, 2, 3], 2), str_shuffle("a"));
mt_srand(7); var_dump(str_shuffle("abcdefghij"), str_shuffle(""), str_shuffle("ab"));
$a = range(1, 10); shuffle($a); echo implode(",", $a), "\n";
--EXPECTF--
Warning: A non-numeric value encountered in %s on line 2
float(10.5)
float(1001)
int(0)
int(42)
int(42)
Unsupported operand types: string + int

Warning: A non-numeric value encountered in %s on line 4
int(13)
Unsupported operand types: array + int
int(5)
int(2)
int(12)
float(3.5)
int(4)
float(2.5)
int(8)
float(1.4142135623730951)
int(-1)
int(0)
bool(false)
int(12)
int(3)
int(31)
int(10)
int(38)
float(1500)
int(100)
float(0.5)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
int(0)
float(9.223372036854776E+18)
int(-9223372036854775808)
int(0)
float(3.142)
float(1200)
float(5)
float(5)
float(-1)
int(-3)
string(2) "10"
string(3) "abc"
int(1)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
float(3.5)
string(4) "2.68"
string(1) "0"
string(3) "0.1"
string(4) "1.00"
string(4) "1000"
string(6) "1.2e+4"
string(8) "1.234e-5"
string(7) "1.0E+20"
string(16) "ffffffffffffffff"
string(2) "Hi"
string(5) "abxab"
string(1) "1"
string(7) "1.0E+25"
string(7) "1.0E+25"
string(3) "0.1"
string(7) "1.0E+20"
string(7) "1.5E-10"
string(2) "-1"
string(2) "-0"

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 13
string(8) "11111111"
int(7)
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(2) "ff"
int(1)
int(511)
string(2) "10"
string(4) "1295"
NULL
int(804318771)
int(68)
int(5)
int(2147483647)
int(476726705)
int(5)
int(46)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
string(1) "a"
string(10) "jaidcghbef"
string(0) ""
string(2) "ab"
5,4,7,6,8,3,10,1,2,9
