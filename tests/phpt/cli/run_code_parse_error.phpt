--TEST--
-r code with a syntax error names "Command line code"
--CLI--
-r "echo"
--FILE--
<?php
--EXPECT--
Parse error: syntax error, unexpected end of file in Command line code on line 1
--EXITCODE--
255
