--TEST--
floor, ceil and abs with ints, floats and strings
--FILE--
<?php
var_dump(floor(5), floor(-5.5), floor("3.7"), ceil(-0.5), ceil(4.0001), ceil(7));
var_dump(abs(PHP_INT_MIN), abs(-5), abs(-5.5), abs("-3"), abs("-3.5"), abs(0), abs(-0.0));
try { abs("x"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { floor([]); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
float(5)
float(-6)
float(3)
float(-0)
float(5)
float(7)
float(9.223372036854776E+18)
int(5)
float(5.5)
int(3)
float(3.5)
int(0)
float(0)
TypeError: abs(): Argument #1 ($num) must be of type int|float, string given
TypeError: floor(): Argument #1 ($num) must be of type int|float, array given
