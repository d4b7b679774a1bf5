--TEST--
str_pad to a length beyond the memory limit is a fatal error
--FILE--
<?php
echo "before\n";
$s = str_pad("a", PHP_INT_MAX);
echo "not reached\n";
?>
--EXPECTF--
before

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 9223372036854779904 bytes) in %s on line 3
--EXITCODE--
255
