--TEST--
str_repeat beyond the memory limit is a fatal error
--FILE--
<?php
echo strlen(str_repeat("ab", 1000)), "\n";
$s = str_repeat("abc", 100000000);
echo "not reached\n";
?>
--EXPECTF--
2000

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 300003328 bytes) in %s on line 3
--EXITCODE--
255
