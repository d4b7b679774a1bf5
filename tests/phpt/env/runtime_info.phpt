--TEST--
zend_version, php_ini_loaded_file, get_cfg_var (with -d entries), gc_status, sys_getloadavg, getmyinode/getlastmod, strcoll, time_sleep_until
--INI--
phpsock_test_entry=some value
memory_limit=64M
--FILE--
<?php
var_dump(zend_version() === '4' . substr(PHP_VERSION, 1), php_ini_loaded_file(), php_ini_scanned_files());
var_dump(get_cfg_var('phpsock_test_entry'), get_cfg_var('memory_limit'), get_cfg_var('display_errors'), get_cfg_var('no_such_entry'));
var_dump(gc_status());
$l = sys_getloadavg();
var_dump(count($l), array_map('is_float', $l));
var_dump(getmyinode() === fileinode(__FILE__), getlastmod() === filemtime(__FILE__));
var_dump(strcoll("a", "c"), strcoll("c", "a"), strcoll("abc", "ab"), strcoll("", "x"), strcoll("x\0y", "x\0z"), strcoll("\xff", "a"));
var_dump(time_sleep_until(microtime(true) - 1));
$t = microtime(true) + 0.05;
var_dump(time_sleep_until($t), microtime(true) >= $t);
--EXPECTF--
bool(true)
bool(false)
bool(false)
string(10) "some value"
string(3) "64M"
string(1) "1"
bool(false)
array(4) {
  ["runs"]=>
  int(0)
  ["collected"]=>
  int(0)
  ["threshold"]=>
  int(10001)
  ["roots"]=>
  int(0)
}
int(3)
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
  [2]=>
  bool(true)
}
bool(true)
bool(true)
int(-2)
int(2)
int(99)
int(-120)
int(0)
int(158)

Warning: time_sleep_until(): Argument #1 ($timestamp) must be greater than or equal to the current time in %s on line 9
bool(false)
bool(true)
bool(true)
