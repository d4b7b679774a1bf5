--TEST--
array_reduce with and without initial value
--FILE--
<?php
var_dump(array_reduce([1, 2, 3, 4], fn($c, $i) => $c + $i));
var_dump(array_reduce([1, 2, 3, 4], fn($c, $i) => $c * $i, 1));
var_dump(array_reduce([], fn($c, $i) => $c + $i));
var_dump(array_reduce([], fn($c, $i) => $c + $i, 'init'));
var_dump(array_reduce(['a', 'b'], fn($c, $i) => $c . $i, ''));
try { array_reduce([1], 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(10)
int(24)
NULL
string(4) "init"
string(2) "ab"
array_reduce(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
