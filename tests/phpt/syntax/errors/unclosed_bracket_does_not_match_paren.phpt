--TEST--
Unclosed '[' does not match ')'
--FILE--
<?php
$x = [1, 2);
--EXPECTF--
Parse error: Unclosed '[' does not match ')' in %s on line 2
--EXITCODE--
255
