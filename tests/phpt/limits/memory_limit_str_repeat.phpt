--TEST--
memory_limit applies to str_repeat; -1 is unlimited
--INI--
memory_limit=4M
--FILE--
<?php
var_dump(ini_set('memory_limit', '-1'));
echo strlen(str_repeat('x', 6 << 20)), "\n";
ini_set('memory_limit', '4M');
echo strlen(str_repeat('x', 16 << 20)), "\n";
--EXPECTF--
string(2) "4M"
6291456

Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate %d bytes) in %s on line %d
--EXITCODE--
255
