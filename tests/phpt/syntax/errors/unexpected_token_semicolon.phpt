--TEST--
unexpected token ";" where an expression is needed
--FILE--
<?php
echo ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXITCODE--
255
