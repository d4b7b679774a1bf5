--TEST--
integer semantics
--FILE--
<?php
var_dump(PHP_INT_MAX, PHP_INT_MIN, PHP_INT_SIZE);
var_dump(PHP_INT_MAX + 1 == PHP_INT_MAX, -PHP_INT_MAX - 1 === PHP_INT_MIN);
var_dump(0.1 + 0.2 == 0.3, abs_x(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON);
function abs_x($v) { return $v < 0 ? -$v : $v; }
var_dump(10 / 4, 10 / 5, -7 / 2, 7 % -2, -7 % -2, fmod_x());
function fmod_x() { return 0; }
var_dump(1e3 === 1000.0, 0b101, 0o17, 017, 0x1F, 1_000);
var_dump((int)(0.1 + 0.7) * 10, (int)((0.1 + 0.7) * 10));
var_dump(PHP_INT_MAX * -1, PHP_INT_MIN * -1, PHP_INT_MIN / -1);
try { var_dump(PHP_INT_MIN % -1); } catch (ArithmeticError $e) { echo $e->getMessage(), "\n"; }
var_dump(7 <=> 7.0, "abc" == 0, "1" == "01", "10" == "1e1", 100 == "1e2", null == false, [] == false);
var_dump(round_x(2.5), -0.0 == 0.0, 1 <=> NAN);
function round_x($v) { return (int)($v + 0.5); }
var_dump(PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_FLOAT_DIG);
--EXPECTF--
int(9223372036854775807)
int(-9223372036854775808)
int(8)
bool(true)
bool(true)
bool(false)
bool(true)
float(2.5)
int(2)
float(-3.5)
int(1)
int(-1)
int(0)
bool(true)
int(5)
int(15)
int(15)
int(31)
int(1000)
int(0)
int(7)
int(-9223372036854775807)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
int(0)
int(0)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(3)
bool(true)
int(1)
float(1.7976931348623157E+308)
float(2.2250738585072014E-308)
int(15)
