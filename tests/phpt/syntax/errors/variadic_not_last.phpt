--TEST--
Only the last parameter can be variadic
--FILE--
<?php
function f(...$a, $b) {}
--EXPECTF--
Fatal error: Only the last parameter can be variadic in %s on line 2
--EXITCODE--
255
