--TEST--
a reserved word cannot name a function
--FILE--
<?php
function if() {}
--EXPECTF--
Parse error: syntax error, unexpected token "if", expecting "(" in %s on line 2
--EXITCODE--
255
