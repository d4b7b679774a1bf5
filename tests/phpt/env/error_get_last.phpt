--TEST--
error_get_last and error_clear_last
--FILE--
<?php
var_dump(error_get_last());
@trigger_error('quiet one', E_USER_WARNING);
$e = error_get_last();
var_dump($e['type'], $e['message'], $e['file'] === __FILE__, $e['line']);
error_clear_last();
var_dump(error_get_last());
--EXPECT--
NULL
int(512)
string(9) "quiet one"
bool(true)
int(3)
NULL
