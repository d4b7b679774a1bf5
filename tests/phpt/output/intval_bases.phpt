--TEST--
intval with bases, prefixes and overflow
--FILE--
<?php
var_dump(intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("0b11", 0), intval("-0b11", 0), intval("42", 8));
var_dump(intval(" 12 "), intval("z", 36), intval("99999999999999999999"), intval(1e20), intval("1e3"), intval(" -0x1f", 16), intval("12", 1));
var_dump(intval(42.99), intval("-7.9"), intval(null), intval(true), intval([]), intval([0]), intval("0b101", 2), intval("11", 2), intval("777", 8));
var_dump(intval("ff", 16), intval("FF", 16), intval("-99999999999999999999", 10), intval("-9999999999999999999999", 16));
--EXPECT--
int(26)
int(26)
int(10)
int(3)
int(-3)
int(34)
int(12)
int(35)
int(9223372036854775807)
int(7766279631452241920)
int(1000)
int(-31)
int(0)
int(42)
int(-7)
int(0)
int(1)
int(0)
int(1)
int(5)
int(3)
int(511)
int(255)
int(255)
int(-9223372036854775808)
int(-9223372036854775808)
