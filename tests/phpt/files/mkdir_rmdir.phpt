--TEST--
mkdir (recursive), rmdir and their warnings
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_files_mkdir';
var_dump(mkdir($d));
var_dump(mkdir($d));
var_dump(mkdir("$d/a/b/c"));
var_dump(mkdir("$d/a/b/c", 0777, true), is_dir("$d/a/b/c"));
var_dump(mkdir("$d/a/b/c", 0777, true));
var_dump(rmdir("$d/a"));
var_dump(rmdir("$d/a/b/c"), rmdir("$d/a/b"), rmdir("$d/a"), rmdir($d));
var_dump(rmdir($d));
var_dump(is_dir($d));
--EXPECTF--
bool(true)

Warning: mkdir(): File exists in %s on line 4
bool(false)

Warning: mkdir(): No such file or directory in %s on line 5
bool(false)
bool(true)
bool(true)

Warning: mkdir(): File exists in %s on line 7
bool(false)

Warning: rmdir(/tmp/phpsock_files_mkdir/a): Directory not empty in %s on line 8
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: rmdir(/tmp/phpsock_files_mkdir): No such file or directory in %s on line 10
bool(false)
bool(false)
