--TEST--
range past memory_limit is PHP's fatal error
--FILE--
<?php
echo count(range(1, 100000)), "\n";
$a = range(0.0, 50000000.0);
--EXPECTF--
100000

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 1073745920 bytes) in %s on line 3
--EXITCODE--
255
