--TEST--
intval in every base and bindec/octdec/hexdec over odd strings
--FILE--
<?php
$set = function () { set_error_handler(function ($n, $m) { echo "[$m]"; return true; }); };
$set();
$strs = ["0", "12", "-12", "+12", " 12", "12 ", "0x1f", "0X1F", "-0x1f", "0b101", "0B11", "-0b11", "0o17", "017", "1e3", "1.9", "abc", "", " ", "z", "Z9", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "777777777777777777777777", "0x", "0b", "-", "\t\n42"];
foreach ($strs as $s) {
    echo var_export($s, true), ':';
    foreach ([0, 2, 8, 10, 16, 36, 1, 37, -5] as $b) echo ' ', intval($s, $b);
    echo ' |';
    echo ' ', var_export(bindec($s), true), ' ', var_export(octdec($s), true), ' ', var_export(hexdec($s), true);
    echo "\n";
}
foreach ([0, 1, -1, 255, PHP_INT_MAX, PHP_INT_MIN, 4096] as $n) echo decbin($n), ' ', decoct($n), ' ', dechex($n), ' ', base_convert((string)$n, 10, 36), "\n";
--EXPECT--
'0': 0 0 0 0 0 0 0 0 0 | 0 0 0
'12': 12 1 10 12 18 38 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 10 18
'-12': -12 -1 -10 -12 -18 -38 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]10 [Invalid characters passed for attempted conversion, these have been ignored]18
'+12': 12 1 10 12 18 38 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]10 [Invalid characters passed for attempted conversion, these have been ignored]18
' 12': 12 1 10 12 18 38 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 10 18
'12 ': 12 1 10 12 18 38 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 10 18
'0x1f': 31 0 0 0 31 42819 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]1 31
'0X1F': 31 0 0 0 31 42819 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]1 31
'-0x1f': -31 0 0 0 -31 -42819 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]31
'0b101': 5 5 0 0 45313 514513 0 0 0 | 5 [Invalid characters passed for attempted conversion, these have been ignored]65 45313
'0B11': 3 3 0 0 2833 14293 0 0 0 | 3 [Invalid characters passed for attempted conversion, these have been ignored]9 2833
'-0b11': -3 -3 0 0 -2833 -14293 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]3 [Invalid characters passed for attempted conversion, these have been ignored]9 [Invalid characters passed for attempted conversion, these have been ignored]2833
'0o17': 0 0 0 0 0 31147 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 15 [Invalid characters passed for attempted conversion, these have been ignored]23
'017': 15 1 15 17 23 43 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 15 23
'1e3': 1 1 1 1000 483 1803 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]11 483
'1.9': 1 1 1 1 1 1 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]1 [Invalid characters passed for attempted conversion, these have been ignored]25
'abc': 0 0 0 0 2748 13368 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]0 2748
'': 0 0 0 0 0 0 0 0 0 | 0 0 0
' ': 0 0 0 0 0 0 0 0 0 | 0 0 0
'z': 0 0 0 0 0 35 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]0
'Z9': 0 0 0 0 0 1269 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]9
'9223372036854775807': 9223372036854775807 0 0 9223372036854775807 9223372036854775807 9223372036854775807 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]81082604486471 4.313219467352284E+22
'9223372036854775808': 9223372036854775807 0 0 9223372036854775807 9223372036854775807 9223372036854775807 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]10135325560808 4.313219467352284E+22
'-9223372036854775808': -9223372036854775808 0 0 -9223372036854775808 -9223372036854775808 -9223372036854775808 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]10135325560808 [Invalid characters passed for attempted conversion, these have been ignored]4.313219467352284E+22
'-9223372036854775809': -9223372036854775808 0 0 -9223372036854775808 -9223372036854775808 -9223372036854775808 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]10135325560808 [Invalid characters passed for attempted conversion, these have been ignored]4.313219467352284E+22
'777777777777777777777777': 9223372036854775807 0 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 4.722366482869645E+21 3.697314250665669E+28
'0x': 0 0 0 0 0 33 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]0 0
'0b': 0 0 0 0 11 11 0 0 0 | 0 [Invalid characters passed for attempted conversion, these have been ignored]0 11
'-': 0 0 0 0 0 0 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]0 [Invalid characters passed for attempted conversion, these have been ignored]0
'	
42': 42 0 34 42 66 146 0 0 0 | [Invalid characters passed for attempted conversion, these have been ignored]0 34 66
0 0 0 0
1 1 1 1
1111111111111111111111111111111111111111111111111111111111111111 1777777777777777777777 ffffffffffffffff [Invalid characters passed for attempted conversion, these have been ignored]1
11111111 377 ff 73
111111111111111111111111111111111111111111111111111111111111111 777777777777777777777 7fffffffffffffff 1y2p0ij32e8e7
1000000000000000000000000000000000000000000000000000000000000000 1000000000000000000000 8000000000000000 [Invalid characters passed for attempted conversion, these have been ignored]1y2p0ij32e808
1000000000000 10000 1000 35s
