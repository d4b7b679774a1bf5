--TEST--
memory_limit set with ini_set: an array growing without bound, and a property array
--FILE--
<?php
var_dump(ini_set('memory_limit', '4M'));
var_dump(ini_get('memory_limit'));
// Small arrays are fine.
$ok = [];
for ($i = 0; $i < 1000; $i++) {
    $ok[] = $i;
}
echo count($ok), "\n";
class Buf { public $items = []; }
$b = new Buf;
while (true) {
    $b->items[] = "line";
}
--EXPECTF--
string(4) "128M"
string(2) "4M"
1000

Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate %d bytes) in %s on line %d
--EXITCODE--
255
