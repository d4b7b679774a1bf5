--TEST--
casts
--FILE--
<?php
var_dump((int)"12abc", (int)"  12", (int)"abc", (int)12.9, (int)-12.9, (int)"1e3", (int)true, (int)null, (int)"0x1A", (int)"012");
var_dump((float)"1.5e3abc", (float)".5", (float)"abc", (float)7);
var_dump((bool)"0", (bool)"", (bool)"0.0", (bool)[], (bool)[0], (bool)0.0, (bool)-0.0, (bool)"false", (bool)null);
var_dump((string)1.0, (string)0.1, (string)1e20, (string)1e21, (string)-0.0, (string)true, (string)false, (string)null, (string)123456789012345678);
var_dump((array)"a", (array)null, (array)1.5);
var_dump((object)['a' => 1, 'b' => [2]]);
$o = new stdClass; $o->x = 1; var_dump((array)$o);
var_dump((int)1e19, (int)NAN, (int)"9999999999999999999");
var_dump(1 + 1.0, "1" . 1, 07 + 0b11 + 0x1f, 1_000_000);
--EXPECTF--
int(12)
int(12)
int(0)
int(12)
int(-12)
int(1000)
int(1)
int(0)
int(0)
int(12)
float(1500)
float(0.5)
float(0)
float(7)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
string(1) "1"
string(3) "0.1"
string(7) "1.0E+20"
string(7) "1.0E+21"
string(2) "-0"
string(1) "1"
string(0) ""
string(0) ""
string(18) "123456789012345678"
array(1) {
  [0]=>
  string(1) "a"
}
array(0) {
}
array(1) {
  [0]=>
  float(1.5)
}
object(stdClass)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(1) {
  ["x"]=>
  int(1)
}
int(-8446744073709551616)
int(0)
int(9223372036854775807)
float(2)
string(2) "11"
int(41)
int(1000000)
