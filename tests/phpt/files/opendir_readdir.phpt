--TEST--
opendir, readdir, rewinddir, closedir and their errors
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_files_dirs';
@mkdir($d);
touch("$d/a");
touch("$d/b");
$h = opendir($d);
var_dump($h);
$seen = ['.' => 0, '..' => 0, 'a' => 0, 'b' => 0];
while (($e = readdir($h)) !== false) {
    $seen[$e]++;
}
var_dump($seen);
var_dump(readdir($h));
rewinddir($h);
var_dump(readdir($h) !== false);
var_dump(closedir($h));
var_dump(opendir("$d/none"));
try {
    readdir($h);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$h2 = opendir($d);
var_dump(readdir() !== false);
closedir();
var_dump(stream_get_meta_data(opendir($d)));
unlink("$d/a");
unlink("$d/b");
rmdir($d);
--EXPECTF--
resource(5) of type (stream)
array(4) {
  ["."]=>
  int(1)
  [".."]=>
  int(1)
  ["a"]=>
  int(1)
  ["b"]=>
  int(1)
}
bool(false)
bool(true)
NULL

Warning: opendir(/tmp/phpsock_files_dirs/none): Failed to open directory: No such file or directory in %s on line 17
bool(false)
readdir(): supplied resource is not a valid Directory resource
bool(true)
array(8) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(9) "plainfile"
  ["stream_type"]=>
  string(3) "dir"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
}
