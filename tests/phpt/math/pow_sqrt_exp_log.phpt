--TEST--
pow, sqrt, exp, log with bases and errors
--FILE--
<?php
var_dump(sqrt(-1), sqrt(16), pow(2, 10), pow(2, -1), pow("3", 2), pow(2, 63), pow(-8, 1/3), pow(0, 0), 2 ** 0.5);
var_dump(exp(1), exp(0), expm1(1e-10), log(M_E), log(8, 2), log(100, 10), log(27, 3), log(0), log(-1), log(1, 1), log10(1000), log1p(1e-10));
try { log(1, 0); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { log(1, -2); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { pow([], 2); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(function_exists('log2'));
--EXPECT--
float(NAN)
float(4)
int(1024)
float(0.5)
int(9)
float(9.223372036854776E+18)
float(NAN)
int(1)
float(1.4142135623730951)
float(2.718281828459045)
float(1)
float(1.00000000005E-10)
float(1)
float(3)
float(2)
float(3)
float(-INF)
float(NAN)
float(NAN)
float(3)
float(9.999999999500001E-11)
ValueError: log(): Argument #2 ($base) must be greater than 0
ValueError: log(): Argument #2 ($base) must be greater than 0
TypeError: Unsupported operand types: array ** int
bool(false)
