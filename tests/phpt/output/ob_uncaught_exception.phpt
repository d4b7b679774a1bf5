--TEST--
errors and uncaught exceptions go through open buffers
--FILE--
<?php
ob_start(fn($b) => "[" . $b . "]");
echo "a";
echo $undefined;
class D { function __destruct() { echo "dtor"; } }
$d = new D;
throw new Exception("boom");
--EXPECTF--
[a
Warning: Undefined variable $undefined in %s on line 4

Fatal error: Uncaught Exception: boom in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
dtor]
--EXITCODE--
255
