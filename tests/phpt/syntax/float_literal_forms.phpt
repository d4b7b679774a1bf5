--TEST--
Float literals: fractions, exponents, separators
--FILE--
<?php
var_dump(1.5, .5, 5., 1e3, 1E3, 1e-3, 1.5e+3, 2.5E-2, 1_000.000_5, 1_0e1_0, 0.1 + 0.2, 1e308 * 10, -0.0);
--EXPECT--
float(1.5)
float(0.5)
float(5)
float(1000)
float(1000)
float(0.001)
float(1500)
float(0.025)
float(1000.0005)
float(100000000000)
float(0.30000000000000004)
float(INF)
float(-0)
