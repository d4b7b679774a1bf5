--TEST--
unexpected floating-point number
--FILE--
<?php
$x = 1 1.5;
--EXPECTF--
Parse error: syntax error, unexpected floating-point number "1.5" in %s on line 2
--EXITCODE--
255
