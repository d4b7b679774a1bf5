--TEST--
file_get_contents with offset and length
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_fgc.txt';
file_put_contents($p, "0123456789");
var_dump(file_get_contents($p));
var_dump(file_get_contents($p, false, null, 2, 3));
var_dump(file_get_contents($p, false, null, 8));
var_dump(file_get_contents($p, false, null, 20));
var_dump(file_get_contents($p, false, null, -3));
var_dump(file_get_contents($p, false, null, 0, 0));
try {
    file_get_contents($p, false, null, 1, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    file_get_contents('');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(file_get_contents($p . '.nope'));
unlink($p);
--EXPECTF--
string(10) "0123456789"
string(3) "234"
string(2) "89"
string(0) ""
string(3) "789"
string(0) ""
file_get_contents(): Argument #5 ($length) must be greater than or equal to 0
Path cannot be empty

Warning: file_get_contents(/tmp/phpsock_files_fgc.txt.nope): Failed to open stream: No such file or directory in %s on line 20
bool(false)
