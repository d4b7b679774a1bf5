--TEST--
a goto loop is stopped by the time limit
--FILE--
<?php
set_time_limit(1);
$n = 0;
again:
$n++;
goto again;
--EXPECTF--
Fatal error: Maximum execution time of 1 second exceeded in %s on line %d
--EXITCODE--
255
