--TEST--
unexpected integer literal
--FILE--
<?php
$a = 1 2;
--EXPECTF--
Parse error: syntax error, unexpected integer "2" in %s on line 2
--EXITCODE--
255
