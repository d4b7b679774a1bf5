--TEST--
error reporting levels
--FILE--
<?php
var_dump(error_reporting() === E_ALL, E_ALL, E_WARNING | E_NOTICE, E_DEPRECATED, E_USER_ERROR, E_STRICT);
$old = error_reporting(E_ALL & ~E_WARNING);
var_dump($old);
echo $undefined1;
echo "no warning above\n";
error_reporting(E_ALL);
echo $undefined2;
error_reporting(0);
echo $undefined3;
trigger_error("hidden", E_USER_WARNING);
var_dump(error_reporting());
error_reporting(E_ALL);
ini_set('display_errors', '0');
echo $undefined4;
echo "not displayed\n";
var_dump(ini_get('display_errors'));
ini_set('display_errors', '1');
var_dump(ini_set('error_reporting', (string)E_WARNING), error_reporting());
trigger_error("a notice", E_USER_NOTICE);
trigger_error("a warning", E_USER_WARNING);
--EXPECTF--
bool(true)
int(32767)
int(10)
int(8192)
int(256)
int(2048)
int(32767)
no warning above

Warning: Undefined variable $undefined2 in %s on line 8
int(0)
not displayed
string(1) "0"
string(5) "32767"
int(2)
