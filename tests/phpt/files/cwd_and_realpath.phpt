--TEST--
getcwd, chdir, realpath
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_files_cwd';
@mkdir($d);
touch("$d/f.txt");
$old = getcwd();
var_dump(chdir($d), getcwd() === realpath($d));
var_dump(realpath('f.txt') === realpath($d) . '/f.txt');
var_dump(realpath('./f.txt/../f.txt'), realpath('nope'), realpath('.') === getcwd());
var_dump(chdir("$d/missing"));
chdir($old);
unlink("$d/f.txt");
rmdir($d);
var_dump(realpath('/'), realpath('/tmp/../'));
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)

Warning: chdir(): No such file or directory (errno 2) in %s on line 9
bool(false)
string(1) "/"
string(1) "/"
