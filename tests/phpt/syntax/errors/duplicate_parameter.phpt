--TEST--
Redefinition of parameter
--FILE--
<?php
function f($a, $a) {}
--EXPECTF--
Fatal error: Redefinition of parameter $a in %s on line 2
--EXITCODE--
255
