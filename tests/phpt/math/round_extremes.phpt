--TEST--
round: huge precisions, tiny values and coercions
--FILE--
<?php
var_dump(round(-0.0), round(0.5), round(-0.5), round(0.49999999999999994), round(5.0000000000000005, 15));
var_dump(round(12345678901234567, -2), round(0.1, 20), round(1e-300, 300), round(3.14159, 400), round(3.14159, -400));
var_dump(round("1.5"), round(null));
try { var_dump(round("abc")); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
float(-0)
float(1)
float(-1)
float(1)
float(5.000000000000001)
float(12345678901234600)
float(0.1)
float(0)
float(3.14159)
float(0)

Deprecated: round(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 4
float(2)
float(0)
TypeError: round(): Argument #1 ($num) must be of type int|float, string given
