--TEST--
-l without a file names standard input in errors
--CLI--
-l
--STDIN--
<?php
echo "unterminated
--FILE--
<?php
--EXPECT--
Parse error: syntax error, unexpected end of file, expecting variable or "${" or "{$" in Standard input code on line 3
Errors parsing Standard input code
--EXITCODE--
255
