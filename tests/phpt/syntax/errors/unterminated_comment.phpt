--TEST--
Unterminated comment
--FILE--
<?php
echo 1;
/* never closed
echo 2;
--EXPECTF--
Parse error: Unterminated comment starting line 3 in %s on line 3
--EXITCODE--
255
