--TEST--
fopen with r, r+, w, a, x, c modes and their positions
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_modes.txt';
@unlink($p);
$f = fopen($p, 'w');
var_dump(fwrite($f, "hello\nworld\n"), ftell($f), fclose($f));
$f = fopen($p, 'r');
var_dump(fread($f, 5), ftell($f), fgets($f), fgets($f), fgets($f), feof($f));
fclose($f);
$f = fopen($p, 'r+');
fwrite($f, "J");
rewind($f);
var_dump(fgets($f));
fclose($f);
$f = fopen($p, 'a');
var_dump(fwrite($f, "tail"), ftell($f));
fclose($f);
var_dump(file_get_contents($p));
$f = @fopen($p, 'x');
var_dump($f);
$f = fopen($p, 'c+');
var_dump(fread($f, 5), ftell($f));
fclose($f);
$f = fopen($p, 'w+');
var_dump(fread($f, 10), feof($f));
fclose($f);
var_dump(filesize($p));
unlink($p);
--EXPECT--
int(12)
int(12)
bool(true)
string(5) "hello"
int(5)
string(1) "
"
string(6) "world
"
bool(false)
bool(true)
string(6) "Jello
"
int(4)
int(4)
string(16) "Jello
world
tail"
bool(false)
string(5) "Jello"
int(5)
string(0) ""
bool(true)
int(0)
