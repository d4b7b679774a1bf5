--TEST--
break with a variable operand
--FILE--
<?php
while (1) { break $x; }
--EXPECTF--
Fatal error: 'break' operator with non-integer operand is no longer supported in %s on line 2
--EXITCODE--
255
