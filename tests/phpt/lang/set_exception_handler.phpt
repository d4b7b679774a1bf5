--TEST--
set exception handler
--FILE--
<?php
set_exception_handler(function (Throwable $t) { echo "handled: ", get_class($t), " ", $t->getMessage(), "\n"; });
register_shutdown_function(fn() => print("shutdown\n"));
echo "start\n";
throw new RuntimeException("escaped");
echo "never\n";
--EXPECTF--
start
handled: RuntimeException escaped
shutdown
