--TEST--
trigger error fatal
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown\n"; });
echo "before\n";
trigger_error("fatal user error", E_USER_ERROR);
echo "after\n";
--EXPECTF--
before

Fatal error: fatal user error in %s on line 4
shutdown
--EXITCODE--
255
