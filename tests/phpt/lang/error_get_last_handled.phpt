--TEST--
error_get_last does not see errors a user handler handled
--FILE--
<?php
set_error_handler(function () { return true; });
echo $a;
var_dump(error_get_last());
set_error_handler(function () { return false; });
echo $b;
var_dump(error_get_last()['message']);
set_error_handler(function () { return null; });
echo $c;
var_dump(error_get_last()['message']);
set_error_handler(function () { }, E_NOTICE);
echo $d;
var_dump(error_get_last()['message']);
restore_error_handler(); restore_error_handler(); restore_error_handler(); restore_error_handler();
echo @$e;
var_dump(error_get_last()['message']);
--EXPECTF--
NULL

Warning: Undefined variable $b in %s on line 6
string(21) "Undefined variable $b"
string(21) "Undefined variable $b"

Warning: Undefined variable $d in %s on line 12
string(21) "Undefined variable $d"
string(21) "Undefined variable $e"
