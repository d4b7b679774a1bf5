--TEST--
Unclosed '(' does not match ']'
--FILE--
<?php
$a = foo(1, 2];
--EXPECTF--
Parse error: Unclosed '(' does not match ']' in %s on line 2
--EXITCODE--
255
