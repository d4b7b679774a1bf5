--TEST--
unlink, rename and copy, with their failure warnings
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_files_urc';
@mkdir($d);
file_put_contents("$d/a.txt", "content");
var_dump(copy("$d/a.txt", "$d/b.txt"), file_get_contents("$d/b.txt"));
var_dump(rename("$d/b.txt", "$d/c.txt"), file_exists("$d/b.txt"), file_exists("$d/c.txt"));
var_dump(copy("$d/missing.txt", "$d/x.txt"));
var_dump(rename("$d/missing.txt", "$d/y.txt"));
var_dump(unlink("$d/missing.txt"));
mkdir("$d/sub");
var_dump(rename("$d/a.txt", "$d/sub"));
var_dump(unlink("$d/sub"));
var_dump(unlink("$d/a.txt"), unlink("$d/c.txt"), rmdir("$d/sub"), rmdir($d));
--EXPECTF--
bool(true)
string(7) "content"
bool(true)
bool(false)
bool(true)

Warning: copy(/tmp/phpsock_files_urc/missing.txt): Failed to open stream: No such file or directory in %s on line 7
bool(false)

Warning: rename(/tmp/phpsock_files_urc/missing.txt,/tmp/phpsock_files_urc/y.txt): No such file or directory in %s on line 8
bool(false)

Warning: unlink(/tmp/phpsock_files_urc/missing.txt): No such file or directory in %s on line 9
bool(false)

Warning: rename(/tmp/phpsock_files_urc/a.txt,/tmp/phpsock_files_urc/sub): Is a directory in %s on line 11
bool(false)

Warning: unlink(/tmp/phpsock_files_urc/sub): Is a directory in %s on line 12
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
