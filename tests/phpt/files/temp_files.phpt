--TEST--
sys_get_temp_dir, tempnam and tmpfile
--FILE--
<?php
$t = sys_get_temp_dir();
var_dump(is_dir($t), $t[strlen($t) - 1] !== '/');
$d = $t . '/phpsock_files_tempnam';
@mkdir($d);
$n = tempnam($d, 'pre');
var_dump(is_file($n), dirname($n) === $d, strlen(basename($n)), basename($n)[0] . basename($n)[1] . basename($n)[2], filesize($n));
unlink($n);
$n = tempnam("$d/missing", 'x');
var_dump(dirname($n) === $t);
unlink($n);
rmdir($d);
$f = tmpfile();
var_dump(fwrite($f, "scratch"), rewind($f), fread($f, 100));
$m = stream_get_meta_data($f);
var_dump($m['mode'], $m['wrapper_type']);
fclose($f);
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
int(9)
string(3) "pre"
int(0)

Notice: tempnam(): file created in the system's temporary directory in %s on line 9
bool(true)
int(7)
bool(true)
string(7) "scratch"
string(3) "r+b"
string(9) "plainfile"
