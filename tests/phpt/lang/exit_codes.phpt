--TEST--
exit codes
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown 1\n"; });
register_shutdown_function(function ($a) { echo "shutdown 2 $a\n"; }, "arg");
class D { function __destruct() { echo "destructor\n"; } }
$d = new D;
try { exit(3); } finally { echo "finally is skipped by exit\n"; }
--EXPECTF--
shutdown 1
shutdown 2 arg
destructor
--EXITCODE--
3
