--TEST--
Invalid numeric literal (08)
--FILE--
<?php
$a = 08;
--EXPECTF--
Parse error: Invalid numeric literal in %s on line 2
--EXITCODE--
255
