--TEST--
append mode writes at the end whatever the position
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_append.txt';
file_put_contents($p, "start");
$f = fopen($p, 'a+');
var_dump(fwrite($f, "X"), ftell($f));
rewind($f);
var_dump(fread($f, 5));
var_dump(fwrite($f, "Y"), ftell($f));
fclose($f);
var_dump(file_get_contents($p));
unlink($p);
--EXPECT--
int(1)
int(1)
string(5) "start"
int(1)
int(6)
string(7) "startXY"
