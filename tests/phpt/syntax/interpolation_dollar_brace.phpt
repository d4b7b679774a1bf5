--TEST--
"${name}" and "${name[0]}" (deprecated in 8.2)
--FILE--
<?php
$name = 'N';
$arr = ['first', 'second'];
echo "${name}!\n";
echo "${arr[1]}\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 4

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 5
N!
second
