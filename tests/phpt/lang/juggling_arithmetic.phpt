--TEST--
juggling arithmetic
--FILE--
<?php
var_dump("10" + 5, "1.5" + 1, "1e3" + 0, " 42" + 0, "42 " + 0);
var_dump(PHP_INT_MAX + 1, PHP_INT_MIN - 1, PHP_INT_MAX * 2, -PHP_INT_MIN);
var_dump(7 / 2, 6 / 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 2 ** 63, (-2) ** 3);
var_dump("5 apples" + 3);
var_dump(null + 1, true + true, false - 1);
try { var_dump("abc" * 2); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump([] + 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump([1, 2] + [5, 6, 7]);
var_dump(1 <=> 2, "a" <=> "b", [1, 2] <=> [1, 3], 2.5 <=> 2.5);
var_dump(10 . "", 1.0 . "", 0.1 + 0.2 . "", -0.0 . "");
var_dump(1 << 3, -8 >> 1, 5 & 3, 5 | 3, 5 ^ 3, ~5, "12" | "3");
try { var_dump(1 << -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(1 % 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(1 / 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
int(15)
float(2.5)
float(1000)
int(42)
int(42)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
float(9.223372036854776E+18)
float(3.5)
int(3)
int(1)
int(-1)
int(1)
int(1024)
float(0.5)
float(9.223372036854776E+18)
int(-8)

Warning: A non-numeric value encountered in %s on line 5
int(8)
int(1)
int(2)
int(-1)
TypeError: Unsupported operand types: string * int
TypeError: Unsupported operand types: array + int
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(7)
}
int(-1)
int(-1)
int(-1)
int(0)
string(2) "10"
string(1) "1"
string(3) "0.3"
string(2) "-0"
int(8)
int(-4)
int(1)
int(7)
int(6)
int(-6)
string(2) "32"
ArithmeticError: Bit shift by negative number
DivisionByZeroError: Modulo by zero
DivisionByZeroError: Division by zero
