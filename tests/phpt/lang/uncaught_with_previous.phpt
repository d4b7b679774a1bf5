--TEST--
uncaught with previous
--FILE--
<?php
function inner() { throw new InvalidArgumentException("inner problem", 3); }
function outer() { try { inner(); } catch (Exception $e) { throw new LogicException("outer problem", 4, $e); } }
register_shutdown_function(function () { echo "shutdown runs\n"; });
outer();
--EXPECTF--
Fatal error: Uncaught InvalidArgumentException: inner problem in %s:2
Stack trace:
#0 %s(3): inner()
#1 %s(5): outer()
#2 {main}

Next LogicException: outer problem in %s:3
Stack trace:
#0 %s(5): outer()
#1 {main}
  thrown in %s on line 3
shutdown runs
--EXITCODE--
255
