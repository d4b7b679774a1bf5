--TEST--
ftruncate on files, fflush
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_trunc.txt';
$f = fopen($p, 'w+');
fwrite($f, "0123456789");
var_dump(fflush($f), ftruncate($f, 4), ftell($f), filesize($p));
rewind($f);
var_dump(fread($f, 100));
var_dump(ftruncate($f, 8));
rewind($f);
var_dump(fread($f, 100) === "0123\0\0\0\0");
fclose($f);
$f = fopen($p, 'r');
var_dump(ftruncate($f, 0));
fclose($f);
var_dump(fflush(STDOUT));
unlink($p);
--EXPECT--
bool(true)
bool(true)
int(10)
int(4)
string(4) "0123"
bool(true)
bool(true)
bool(false)
bool(true)
