--TEST--
intdiv, fmod, fdiv and their errors
--FILE--
<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(PHP_INT_MIN, 1), fmod(10, 3), fmod(-10, 3), fmod(5.5, 1.5), fmod(1, 0));
var_dump(fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, 4));
try { intdiv(1, 0); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(PHP_INT_MIN, -1); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(1.5, 1); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
int(3)
int(-3)
int(-9223372036854775808)
float(1)
float(-1)
float(1)
float(NAN)
float(INF)
float(-INF)
float(NAN)
float(2.5)
DivisionByZeroError: Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 6
