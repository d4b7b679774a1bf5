--TEST--
array_fill past memory_limit is PHP's fatal error, not a host allocation
--FILE--
<?php
$ok = array_fill(0, 1000, 0);
echo count($ok), "\n";
$a = array_fill(0, 100000000, 0);
echo "not reached\n";
--EXPECTF--
1000

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 2147487744 bytes) in %s on line 4
--EXITCODE--
255
