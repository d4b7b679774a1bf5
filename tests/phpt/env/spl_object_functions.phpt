--TEST--
spl_object_id, spl_object_hash and spl_autoload_register
--FILE--
<?php
$a = new stdClass;
$b = new stdClass;
var_dump(spl_object_id($a), spl_object_id($b));
var_dump(spl_object_hash($a), spl_object_hash($b), spl_object_hash($a) === spl_object_hash($a));
$loader = function ($c) { echo "load $c\n"; };
var_dump(spl_autoload_register($loader));
var_dump(count(spl_autoload_functions()));
var_dump(spl_autoload_unregister($loader), count(spl_autoload_functions()));
--EXPECT--
int(1)
int(2)
string(32) "00000000000000010000000000000000"
string(32) "00000000000000020000000000000000"
bool(true)
bool(true)
int(1)
bool(true)
int(0)
