--TEST--
sprintf: a width past memory_limit is a fatal error, as PHP's buffer growth hits the limit
--FILE--
<?php
echo strlen(sprintf("%10000000d", 1)), "\n";
echo strlen(sprintf("%200000000d", 1)), "\n";
--EXPECTF--
10000000

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 251662336 bytes) in %s on line 3
--EXITCODE--
255
