--TEST--
-l on a broken script prints the parse error, then "Errors parsing", status 255
--CLI--
-l {FILE}
--FILE--
<?php
echo 1
echo 2;
--EXPECTF--
Parse error: syntax error, unexpected token "echo", expecting "," or ";" in %s on line 3
Errors parsing %s
--EXITCODE--
255
