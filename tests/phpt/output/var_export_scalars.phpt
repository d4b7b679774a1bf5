--TEST--
var_export: scalars, floats, strings with quotes and NUL
--FILE--
<?php
var_export(true); echo "\n";
var_export(null); echo "\n";
var_export(PHP_INT_MIN); echo "\n";
var_export(1.0); echo "\n";
var_export(-0.0); echo "\n";
var_export(0.1); echo "\n";
var_export(1e100); echo "\n";
var_export(-INF); echo "\n";
var_export(NAN); echo "\n";
var_export("it's \\ \0 x"); echo "\n";
var_dump(var_export("a\nb", true), var_export(1.5, true), var_export(7, true));
--EXPECT--
true
NULL
-9223372036854775807-1
1.0
-0.0
0.1
1.0E+100
-INF
NAN
'it\'s \\ ' . "\0" . ' x'
string(5) "'a
b'"
string(3) "1.5"
string(1) "7"
