--TEST--
fn($x) => with nothing after it
--FILE--
<?php
$f = fn($x) => ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXITCODE--
255
