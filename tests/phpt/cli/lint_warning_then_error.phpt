--TEST--
-l prints the warnings found before a syntax error, then the error
--CLI--
-l {FILE}
--FILE--
<?php
echo "\400";
echo 1
echo 2;
echo "\500";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2

Parse error: syntax error, unexpected token "echo", expecting "," or ";" in %s on line 4
Errors parsing %s
--EXITCODE--
255
