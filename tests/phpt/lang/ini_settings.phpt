--TEST--
ini settings
--FILE--
<?php
var_dump(ini_get('precision'), ini_get('serialize_precision'), ini_get('display_errors'), ini_get('error_reporting'), ini_get('no_such_setting'));
var_dump(ini_set('precision', '5'), ini_get('precision'));
echo 1/3, " ", 123456.789, "\n";
var_dump(1/3);
ini_set('precision', 14);
echo 1/3, "\n";
var_dump(ini_set('no_such_setting', '1'));
var_dump(ini_set('display_errors', 'stderr'));
ini_set('display_errors', '1');
var_dump(ini_set('error_reporting', '0'), error_reporting());
echo $hidden;
error_reporting(E_ALL);
echo $shown;
--EXPECTF--
string(2) "14"
string(2) "-1"
string(1) "1"
string(0) ""
bool(false)
string(2) "14"
string(1) "5"
0.33333 1.2346E+5
float(0.3333333333333333)
0.33333333333333
bool(false)
string(1) "1"
string(0) ""
int(0)

Warning: Undefined variable $shown in %s on line 14
