--TEST--
0b12: the 2 is a new token
--FILE--
<?php
$a = 0b12;
--EXPECTF--
Parse error: syntax error, unexpected integer "2" in %s on line 2
--EXITCODE--
255
