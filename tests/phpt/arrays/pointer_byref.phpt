--TEST--
internal pointer through references and inside functions
--FILE--
<?php
function advance(array &$arr) { return next($arr); }
$a = [1, 2, 3];
var_dump(advance($a), current($a), advance($a), current($a));
$r = &$a;
reset($r);
var_dump(current($a));
$b = ['a' => 1];
var_dump(end($b), key($b), next($b), key($b), current($b));
foreach ([10, 20] as $v) {}
$c = [10, 20];
foreach ($c as $v) { }
var_dump(current($c));
var_dump(reset($c), each_free_key($c));
function each_free_key(array $x) { next($x); return key($x); }
var_dump(key($c));
--EXPECT--
int(2)
int(2)
int(3)
int(3)
int(1)
int(1)
string(1) "a"
bool(false)
NULL
bool(false)
int(10)
int(10)
int(1)
int(0)
