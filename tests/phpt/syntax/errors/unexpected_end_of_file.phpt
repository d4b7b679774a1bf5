--TEST--
unexpected end of file in the middle of an expression
--FILE--
<?php
echo 1 +
--EXPECTF--
Parse error: syntax error, unexpected end of file in %s on line 3
--EXITCODE--
255
