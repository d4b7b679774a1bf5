--TEST--
number_format: rounding, separators, negatives, special values
--FILE--
<?php
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234567.891, 2, ',', '.'));
var_dump(number_format(0.5), number_format(-0.4), number_format(-1234.567, 2, '', ' '), number_format(1.005, 2));
var_dump(number_format(INF), number_format(-INF, 2), number_format(NAN), number_format(123, -2));
var_dump(number_format(1e20, 0), number_format(-0.005, 2), number_format(999.999, 2, '.', "xx"), number_format(1000), number_format(999));
var_dump(number_format(-1234.5), number_format(0.129, 2, null, null), number_format("1234.5", 1));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(1) "1"
string(1) "0"
string(8) "-1 23457"
string(4) "1.01"
string(3) "inf"
string(3) "inf"
string(3) "nan"
string(3) "123"
string(27) "100,000,000,000,000,000,000"
string(5) "-0.01"
string(9) "1xx000.00"
string(5) "1,000"
string(3) "999"
string(6) "-1,235"
string(4) "0.13"
string(7) "1,234.5"
