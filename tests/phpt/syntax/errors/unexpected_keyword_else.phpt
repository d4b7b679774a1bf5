--TEST--
else without if
--FILE--
<?php
echo 1;
else { }
--EXPECTF--
Parse error: syntax error, unexpected token "else", expecting end of file in %s on line 3
--EXITCODE--
255
