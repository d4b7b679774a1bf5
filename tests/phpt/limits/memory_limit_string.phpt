--TEST--
memory_limit: a string growing without bound ends with PHP's fatal error; shutdown functions run
--INI--
memory_limit=2M
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown ran\n"; });
var_dump(ini_get('memory_limit'));
$s = '';
for ($i = 0; ; $i++) {
    $s .= str_repeat('x', 1000);
}
--EXPECTF--
string(2) "2M"

Fatal error: Allowed memory size of 2097152 bytes exhausted (tried to allocate %d bytes) in %s on line %d
shutdown ran
--EXITCODE--
255
