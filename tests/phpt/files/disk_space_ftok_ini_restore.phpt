--TEST--
disk_free_space/disk_total_space/diskfreespace, ftok, ini_alter and ini_restore
--FILE--
<?php
var_dump(disk_free_space("/") > 0, disk_total_space("/") >= disk_free_space("/"), diskfreespace("/") === disk_free_space("/"), is_float(disk_total_space("/")));
var_dump(@disk_free_space("/nonexistent"));
disk_total_space("/nonexistent");
try { disk_free_space(""); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { disk_free_space("a\0b"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$k = ftok(__FILE__, 'a');
var_dump(is_int($k), $k === ftok(__FILE__, 'a'), $k !== ftok(__FILE__, 'b'));
var_dump(ftok("/nonexistent", "a"));
try { ftok(__FILE__, "ab"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { ftok("", "a"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(ini_alter("precision", "5"), ini_get("precision"), 1/3);
ini_restore("precision");
var_dump(ini_get("precision"), 1/3);
var_dump(ini_alter("nonexistent_x", "1"));
ini_restore("nonexistent_x");
var_dump(ftok(__FILE__, "a") === ftok(__FILE__, "a"));
try { ftok("a\0b", 'a'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(disk_total_space(__FILE__) > 0);
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)

Warning: disk_total_space(): No such file or directory in %s on line 4
ValueError: disk_free_space(): Argument #1 ($directory) must not contain any null bytes
bool(true)
bool(true)
bool(true)

Warning: ftok(): ftok() failed - No such file or directory in %s on line 9
int(-1)
ValueError: ftok(): Argument #2 ($project_id) must be a single character
ValueError: ftok(): Argument #1 ($filename) cannot be empty
string(2) "14"
string(1) "5"
float(0.3333333333333333)
string(2) "14"
float(0.3333333333333333)
bool(false)
bool(true)
ValueError: ftok(): Argument #1 ($filename) must not contain any null bytes
bool(true)
