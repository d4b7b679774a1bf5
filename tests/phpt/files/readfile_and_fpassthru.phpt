--TEST--
readfile and fpassthru echo the rest of a file
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_readfile.txt';
file_put_contents($p, "line one\nline two\n");
var_dump(readfile($p));
$f = fopen($p, 'r');
fgets($f);
var_dump(fpassthru($f));
var_dump(fpassthru($f));
fclose($f);
var_dump(readfile($p . '.nope'));
unlink($p);
--EXPECTF--
line one
line two
int(18)
line two
int(9)
int(0)

Warning: readfile(/tmp/phpsock_files_readfile.txt.nope): Failed to open stream: No such file or directory in %s on line 10
bool(false)
