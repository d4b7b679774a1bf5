--TEST--
max_execution_time from the command line ends a busy loop with PHP's fatal error; sleeping does not count; shutdown functions run
--INI--
max_execution_time=1
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown ran\n"; });
var_dump(ini_get('max_execution_time'));
// Time spent asleep is not CPU time: this does not use up the second.
usleep(1200000);
echo "slept\n";
$i = 0;
while (true) {
    $i++;
}
echo "not reached\n";
--EXPECTF--
string(1) "1"
slept

Fatal error: Maximum execution time of 1 second exceeded in %s on line %d
shutdown ran
--EXITCODE--
255
