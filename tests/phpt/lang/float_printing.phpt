--TEST--
float printing
--FILE--
<?php
$vals = [0.1 + 0.2, 1/3, 1e25, -0.0, 1e15, 1e14, 123456789012345.678, 0.00001, 1.5e-7, 100.0, 2.5, -1.25e-10, 1e100, PHP_FLOAT_EPSILON, 7.0E-10];
foreach ($vals as $v) { echo $v, " | "; var_dump($v); }
echo 1e15, " ", 1e16, " ", 0.1 + 0.7, " ", (0.1 + 0.7) * 10, "\n";
ini_set('precision', '17');
echo 0.1 + 0.2, "\n";
ini_set('precision', '-1');
echo 0.1 + 0.2, " ", 1/3, "\n";
ini_set('serialize_precision', '5');
var_dump(1/3);
var_dump(INF, -INF, NAN);
echo INF, " ", -INF, " ", NAN, "\n";
--EXPECTF--
0.3 | float(0.30000000000000004)
0.33333333333333 | float(0.3333333333333333)
1.0E+25 | float(1.0E+25)
-0 | float(-0)
1.0E+15 | float(1000000000000000)
1.0E+14 | float(100000000000000)
1.2345678901235E+14 | float(123456789012345.67)
1.0E-5 | float(1.0E-5)
1.5E-7 | float(1.5E-7)
100 | float(100)
2.5 | float(2.5)
-1.25E-10 | float(-1.25E-10)
1.0E+100 | float(1.0E+100)
2.2204460492503E-16 | float(2.220446049250313E-16)
7.0E-10 | float(7.0E-10)
1.0E+15 1.0E+16 0.8 8
0.30000000000000004
0.30000000000000004 0.3333333333333333
float(0.33333)
float(INF)
float(-INF)
float(NAN)
INF -INF NAN
