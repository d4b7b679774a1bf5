--TEST--
sprintf: arrays warn, objects use __toString
--FILE--
<?php
class S { function __toString(): string { return "S!"; } }
var_dump(sprintf("%s|%5s", new S, new S));
var_dump(sprintf("%s", [1, 2]));
var_dump(sprintf("%d", [1, 2]), sprintf("%d", []));
try { sprintf("%s", new stdClass); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
string(8) "S!|   S!"

Warning: Array to string conversion in %s on line 4
string(5) "Array"
string(1) "1"
string(1) "0"
Error: Object of class stdClass could not be converted to string
