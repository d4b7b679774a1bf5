--TEST--
round: precision, negative precision, modes and pre-rounding
--FILE--
<?php
var_dump(round(1.955, 2), round(5.045, 2), round(5.055, 2), round(-2.5), round(2.5), round(1234567.891, -3));
var_dump(round(3, -1), round(15, -1), round(5), round(-0.4), round(0.285, 2), round(1.0E+25, 2), round(7, 0, 99));
var_dump(round(2.5, 0, PHP_ROUND_HALF_EVEN), round(3.5, 0, PHP_ROUND_HALF_EVEN), round(-1.5, 0, PHP_ROUND_HALF_ODD), round(1.45, 1, PHP_ROUND_HALF_DOWN), round(-1.55, 1, PHP_ROUND_HALF_DOWN));
var_dump(round(1.45, 1, PHP_ROUND_HALF_EVEN), round(1.55, 1, PHP_ROUND_HALF_ODD), round(0.1 + 0.7, 1), round(1/3, 5), round(-1/3, 15), round(INF), round(NAN, 2));
var_dump(round("3.7"), round(PHP_INT_MAX), round(123456.789, -10), round(0.00001234, 7), round(99.995, 2));
--EXPECT--
float(1.96)
float(5.05)
float(5.06)
float(-3)
float(3)
float(1235000)
float(0)
float(20)
float(5)
float(-0)
float(0.29)
float(1.0E+25)
float(7)
float(2)
float(4)
float(-1)
float(1.4)
float(-1.5)
float(1.4)
float(1.5)
float(0.8)
float(0.33333)
float(-0.333333333333333)
float(INF)
float(NAN)
float(4)
float(9.223372036854776E+18)
float(0)
float(1.23E-5)
float(100)
