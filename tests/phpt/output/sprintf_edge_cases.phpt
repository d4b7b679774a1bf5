--TEST--
sprintf: precision on integers and strings, repeated positional arguments
--FILE--
<?php
printf("%05.1f|%5.3s|%-'#6s|\n", 9.96, "abcdef", "ab");
printf("%'010.3f|%h|%H|%.3h\n", -3.14159, 0.00001234, 1e20, 1234.5);
echo sprintf("%u", 3.7), sprintf("%d", -0.9), sprintf("%5.5d", 42), sprintf("%.3d", 7), "\n";
echo sprintf("%05s|%-05s|%5c|", "-3", "-3", 65), "\n";
echo sprintf("%1\$s %1\$'x5s %1\$-5s|", "ab"), "\n";
echo sprintf("%e", 1.5e300), sprintf("%.3e", 9.9996e-10), sprintf("%E", -0.0), "\n";
echo sprintf("%.2f", 2.675), sprintf("%.1f", 0.25), sprintf("%.0f", 0.5), sprintf("%.0f", 1.5), sprintf("%.3f", -0.0005), "\n";
echo sprintf("%ld|%lf|%ls", 5, 1.5, "x"), "\n";
--EXPECT--
010.0|  abc|ab####|
-00003.142|1.234e-5|1.0E+20|1.23e+3
30   427
000-3|-3000|A|
ab xxxab ab   |
1.500000e+3001.000e-90.000000E+0
2.670.202-0.001
5|1.500000|x
