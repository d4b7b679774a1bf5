--TEST--
fread/fgets length checks and reads from a write-only handle
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_fread_err.txt';
$f = fopen($p, 'w');
foreach ([0, -3] as $n) {
    try { fread($f, $n); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
    try { fgets($f, $n); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(fread($f, 4));
var_dump(fgets($f));
var_dump(fgetc($f));
var_dump(feof($f));
fclose($f);
$f = fopen($p, 'r');
var_dump(fwrite($f, "data"));
fclose($f);
unlink($p);
--EXPECTF--
fread(): Argument #2 ($length) must be greater than 0
fgets(): Argument #2 ($length) must be greater than 0
fread(): Argument #2 ($length) must be greater than 0
fgets(): Argument #2 ($length) must be greater than 0

Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 8
bool(false)

Notice: fgets(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 9
bool(false)

Notice: fgetc(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 10
bool(false)
bool(false)

Notice: fwrite(): Write of 4 bytes failed with errno=9 Bad file descriptor in %s on line 14
bool(false)
