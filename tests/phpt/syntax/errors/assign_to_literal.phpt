--TEST--
a literal cannot be assigned to
--FILE--
<?php
1 = 2;
--EXPECTF--
Parse error: syntax error, unexpected token "=" in %s on line 2
--EXITCODE--
255
