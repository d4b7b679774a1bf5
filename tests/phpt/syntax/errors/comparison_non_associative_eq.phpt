--TEST--
1 == 2 == 3 is a syntax error
--FILE--
<?php
var_dump(1 == 2 == 3);
--EXPECTF--
Parse error: syntax error, unexpected token "==" in %s on line 2
--EXITCODE--
255
