--TEST--
exit() with a negative status runs shutdown functions and destructors
--FILE--
<?php
// exit() with a negative status still runs shutdown functions and destructors; the
// process status is the low byte (-1 gives 255, -3 gives 253).
register_shutdown_function(function () { echo "shutdown 1\n"; });
register_shutdown_function(function () { echo "shutdown 2\n"; exit(-3); });
register_shutdown_function(function () { echo "never\n"; });
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
echo "before\n";
exit(-1);
--EXPECT--
before
shutdown 1
shutdown 2
destruct
--EXITCODE--
253
