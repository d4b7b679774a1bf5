--TEST--
internal pointer: current, key, next, prev, reset, end
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(current($a), key($a), next($a), key($a), next($a), next($a), key($a), current($a));
var_dump(reset($a), end($a), key($a), prev($a), prev($a), prev($a), key($a));
$e = [];
var_dump(current($e), key($e), reset($e), end($e), next($e));
$b = [1, 2, 3];
next($b);
$c = $b;
var_dump(current($c));
next($c);
var_dump(current($b), current($c), pos($c));
$f = [false, null];
var_dump(current($f), next($f), key($f), next($f), key($f));
try { next($undef); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1)
string(1) "x"
int(2)
string(1) "y"
int(3)
bool(false)
NULL
bool(false)
int(1)
int(3)
string(1) "z"
int(2)
int(1)
bool(false)
NULL
bool(false)
NULL
bool(false)
bool(false)
bool(false)
int(2)
int(2)
int(3)
int(3)
bool(false)
NULL
int(1)
bool(false)
NULL
next(): Argument #1 ($array) must be of type array, null given
