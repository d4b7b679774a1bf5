--TEST--
__ is not a valid separator
--FILE--
<?php
$a = 1__0;
--EXPECTF--
Parse error: syntax error, unexpected identifier "__0" in %s on line 2
--EXITCODE--
255
