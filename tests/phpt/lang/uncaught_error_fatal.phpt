--TEST--
uncaught error fatal
--FILE--
<?php
echo "before\n";
undefined_function_xyz(1);
--EXPECTF--
before

Fatal error: Uncaught Error: Call to undefined function undefined_function_xyz() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXITCODE--
255
