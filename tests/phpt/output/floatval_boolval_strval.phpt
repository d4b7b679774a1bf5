--TEST--
floatval, doubleval, boolval, strval
--FILE--
<?php
var_dump(floatval("1.5e3abc"), floatval("abc"), doubleval(" 2"), floatval(7), floatval("-.5"), floatval(null));
var_dump(boolval("0"), boolval(""), boolval("0.0"), boolval([]), boolval([0]), boolval(0.0), boolval(new stdClass), boolval(null));
var_dump(strval(1.0), strval(0.1 + 0.2), strval(true), strval(false), strval(null), strval(1e25), strval(-0.0));
var_dump(strval([]));
class S { function __toString(): string { return "S"; } }
var_dump(strval(new S));
--EXPECTF--
float(1500)
float(0)
float(2)
float(7)
float(-0.5)
float(0)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
string(1) "1"
string(3) "0.3"
string(1) "1"
string(0) ""
string(0) ""
string(7) "1.0E+25"
string(2) "-0"

Warning: Array to string conversion in %s on line 5
string(5) "Array"
string(1) "S"
