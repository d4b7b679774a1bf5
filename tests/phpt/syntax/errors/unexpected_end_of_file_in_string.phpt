--TEST--
unterminated double-quoted string
--FILE--
<?php
echo "abc

--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting variable or "${" or "{$" in %s on line 4
--EXITCODE--
255
