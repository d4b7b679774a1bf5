--TEST--
get_defined_constants: flat and grouped by extension, script constants under user
--FILE--
<?php
define('MINE', 1); const OTHER = 2;
$c = get_defined_constants(true);
var_dump($c['user']);
var_dump(count($c['sockets']), isset($c['Core']['E_ALL']), isset($c['pcre']['PREG_SPLIT_NO_EMPTY']));
var_dump(get_defined_constants()['MINE']);
--EXPECT--
array(2) {
  ["MINE"]=>
  int(1)
  ["OTHER"]=>
  int(2)
}
int(212)
bool(true)
bool(true)
int(1)
