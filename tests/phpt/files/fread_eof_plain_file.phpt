--TEST--
feof after short and exact reads of a plain file
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_eof.txt';
file_put_contents($p, "ab\ncd");
$f = fopen($p, 'r');
var_dump(fread($f, 2), feof($f));
var_dump(fread($f, 10), feof($f));
var_dump(fread($f, 10), feof($f));
rewind($f);
var_dump(feof($f), fread($f, 5), feof($f), fgetc($f), feof($f));
rewind($f);
var_dump(fgets($f), feof($f), fgets($f), feof($f), fgets($f));
fclose($f);
unlink($p);
--EXPECT--
string(2) "ab"
bool(false)
string(3) "
cd"
bool(true)
string(0) ""
bool(true)
bool(false)
string(5) "ab
cd"
bool(false)
bool(false)
bool(true)
string(3) "ab
"
bool(false)
string(2) "cd"
bool(true)
bool(false)
