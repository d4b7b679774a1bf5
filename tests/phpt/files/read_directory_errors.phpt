--TEST--
reading a directory through file functions gives read notices
--FILE--
<?php
$d = sys_get_temp_dir();
var_dump(@file_get_contents($d));
var_dump(file($d));
var_dump(readfile($d));
$f = fopen($d, 'r');
var_dump(fpassthru($f));
var_dump(fgets($f), fread($f, 10), stream_get_contents($f));
var_dump(fopen($d, 'w'));
--EXPECTF--
string(0) ""

Notice: file(): Read of 8192 bytes failed with errno=21 Is a directory in %s on line 4
array(0) {
}

Notice: readfile(): Read of 8192 bytes failed with errno=21 Is a directory in %s on line 5
int(-1)

Notice: fpassthru(): Read of 8192 bytes failed with errno=21 Is a directory in %s on line 7
int(-1)

Notice: fread(): Read of 8192 bytes failed with errno=21 Is a directory in %s on line 8

Notice: stream_get_contents(): Read of 8192 bytes failed with errno=21 Is a directory in %s on line 8
bool(false)
bool(false)
string(0) ""

Warning: fopen(/tmp): Failed to open stream: Is a directory in %s on line 9
bool(false)
