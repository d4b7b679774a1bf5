--TEST--
filesize, filemtime, touch with times, stat, fstat, fileperms, filetype
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_stat.txt';
@unlink($p);
var_dump(touch($p, 1000000000, 1000000005));
var_dump(filesize($p), filemtime($p), fileatime($p));
file_put_contents($p, "12345");
clearstatcache();
var_dump(filesize($p), filetype($p), filetype(sys_get_temp_dir()));
$s = stat($p);
var_dump(count($s), $s['size'], $s[7], $s['mode'] & 0170000);
$f = fopen($p, 'r');
$fs = fstat($f);
var_dump($fs['size'], $fs['nlink']);
var_dump(fstat(fopen('php://memory', 'w+')));
var_dump(filesize($p . '.nope'), filemtime($p . '.nope'), stat($p . '.nope'));
var_dump(filesize(''));
var_dump(touch(sys_get_temp_dir() . '/phpsock_no_dir/x'));
unlink($p);
--EXPECTF--
bool(true)
int(0)
int(1000000000)
int(1000000005)
int(5)
string(4) "file"
string(3) "dir"
int(26)
int(5)
int(5)
int(32768)
int(5)
int(1)
array(26) {
  [0]=>
  int(12)
  [1]=>
  int(0)
  [2]=>
  int(33206)
  [3]=>
  int(1)
  [4]=>
  int(0)
  [5]=>
  int(0)
  [6]=>
  int(-1)
  [7]=>
  int(0)
  [8]=>
  int(0)
  [9]=>
  int(0)
  [10]=>
  int(0)
  [11]=>
  int(-1)
  [12]=>
  int(-1)
  ["dev"]=>
  int(12)
  ["ino"]=>
  int(0)
  ["mode"]=>
  int(33206)
  ["nlink"]=>
  int(1)
  ["uid"]=>
  int(0)
  ["gid"]=>
  int(0)
  ["rdev"]=>
  int(-1)
  ["size"]=>
  int(0)
  ["atime"]=>
  int(0)
  ["mtime"]=>
  int(0)
  ["ctime"]=>
  int(0)
  ["blksize"]=>
  int(-1)
  ["blocks"]=>
  int(-1)
}

Warning: filesize(): stat failed for /tmp/phpsock_files_stat.txt.nope in %s on line 15

Warning: filemtime(): stat failed for /tmp/phpsock_files_stat.txt.nope in %s on line 15

Warning: stat(): stat failed for /tmp/phpsock_files_stat.txt.nope in %s on line 15
bool(false)
bool(false)
bool(false)
bool(false)

Warning: touch(): Unable to create file /tmp/phpsock_no_dir/x because No such file or directory in %s on line 17
bool(false)
