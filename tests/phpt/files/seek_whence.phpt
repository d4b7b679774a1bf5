--TEST--
fseek with SEEK_SET, SEEK_CUR, SEEK_END on a file
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_seek.txt';
file_put_contents($p, "abcdefghij");
$f = fopen($p, 'r');
var_dump(fseek($f, 3), fgetc($f), ftell($f));
var_dump(fseek($f, 2, SEEK_CUR), fgetc($f), ftell($f));
var_dump(fseek($f, -2, SEEK_END), fgetc($f), ftell($f));
var_dump(fseek($f, 20), ftell($f), fread($f, 1), feof($f));
var_dump(rewind($f), ftell($f), feof($f));
var_dump(SEEK_SET, SEEK_CUR, SEEK_END);
fclose($f);
unlink($p);
--EXPECT--
int(0)
string(1) "d"
int(4)
int(0)
string(1) "g"
int(7)
int(0)
string(1) "i"
int(9)
int(0)
int(20)
string(0) ""
bool(true)
bool(true)
int(0)
bool(false)
int(0)
int(1)
int(2)
