--TEST--
getmypid, gethostname, php_uname, memory and gc functions
--FILE--
<?php
var_dump(getmypid() > 0, getmypid() === (int) getmypid());
var_dump(gethostname() === (string) gethostname(), gethostname() === php_uname('n'), php_uname('s'));
var_dump(memory_get_usage() === (int) memory_get_usage(), memory_get_usage() > 0, memory_get_peak_usage() >= memory_get_usage(), memory_get_usage(true) > 0, memory_get_peak_usage(true) > 0);
var_dump(gc_collect_cycles(), gc_enabled(), set_time_limit(5), ignore_user_abort(), ignore_user_abort(true), ignore_user_abort());
gc_enable();
gc_disable();
var_dump(php_uname('q') === php_uname('a'), php_uname() === php_uname('a'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
string(5) "Linux"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
int(0)
int(0)
int(1)
bool(true)
bool(true)
