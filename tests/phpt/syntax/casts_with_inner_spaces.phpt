--TEST--
Casts allow spaces and tabs inside the parentheses
--FILE--
<?php
var_dump((int)"12abc", ( int )"7", (	integer	)"8", (bool)"0", ( boolean ) 1, (float)"1.5", (double)"2", (string)3.0, (array)"a", (binary)"b");
var_dump((object)['a' => 1]);
var_dump((INT) "9", (Float) "1e2");
--EXPECT--
int(12)
int(7)
int(8)
bool(false)
bool(true)
float(1.5)
float(2)
string(1) "3"
array(1) {
  [0]=>
  string(1) "a"
}
string(1) "b"
object(stdClass)#1 (1) {
  ["a"]=>
  int(1)
}
int(9)
float(100)
