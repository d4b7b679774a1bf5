--TEST--
Runaway recursion ends with PHP's memory-exhausted fatal error, in functions, methods and closures
--FILE--
<?php
function down($n) { return down($n + 1) + 1; }
register_shutdown_function(function () { echo "shutdown runs\n"; });
echo "start\n";
down(0);
echo "not reached\n";
--EXPECTF--
start

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 2097152 bytes) in %s on line 2
shutdown runs
--EXITCODE--
255
