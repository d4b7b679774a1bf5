--TEST--
memory_limit: doubling a string with the concatenation operator, str_repeat past the limit
--INI--
memory_limit=8M
--FILE--
<?php
echo strlen(str_repeat('ab', 1000)), "\n";
$s = 'x';
while (true) {
    $s = $s . $s;
}
--EXPECTF--
2000

Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line %d
--EXITCODE--
255
