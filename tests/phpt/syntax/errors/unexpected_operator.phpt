--TEST--
two binary operators in a row
--FILE--
<?php
$x = 1 +* 2;
--EXPECTF--
Parse error: syntax error, unexpected token "*" in %s on line 2
--EXITCODE--
255
