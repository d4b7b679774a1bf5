--TEST--
Decimal, hex, octal (0 and 0o), binary and separators
--FILE--
<?php
var_dump(42, -42, 0, 0x1F, 0X1f, 0xff_ff, 017, 0o17, 0O17, 0_17, 0b101, 0B11, 0b1111_0000, 1_000_000);
var_dump(PHP_INT_MAX, 9223372036854775807, -9223372036854775807 - 1);
--EXPECT--
int(42)
int(-42)
int(0)
int(31)
int(31)
int(65535)
int(15)
int(15)
int(15)
int(15)
int(5)
int(3)
int(240)
int(1000000)
int(9223372036854775807)
int(9223372036854775807)
int(-9223372036854775808)
