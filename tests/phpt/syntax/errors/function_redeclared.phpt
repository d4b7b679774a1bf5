--TEST--
Cannot redeclare a function in the same file
--FILE--
<?php
function f() {}
function f() {}
--EXPECTF--
Fatal error: Cannot redeclare f() (previously declared in %s:2) in %s on line 3
--EXITCODE--
255
