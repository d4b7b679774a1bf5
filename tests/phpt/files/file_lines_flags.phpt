--TEST--
file() with FILE_IGNORE_NEW_LINES and FILE_SKIP_EMPTY_LINES
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_lines.txt';
file_put_contents($p, "l1\n\nl3\r\nl4");
var_dump(file($p));
var_dump(file($p, FILE_IGNORE_NEW_LINES));
var_dump(file($p, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(file($p, FILE_SKIP_EMPTY_LINES));
file_put_contents($p, "");
var_dump(file($p));
try { file($p, 64); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(file($p . '.nope'));
unlink($p);
--EXPECTF--
array(4) {
  [0]=>
  string(3) "l1
"
  [1]=>
  string(1) "
"
  [2]=>
  string(4) "l3
"
  [3]=>
  string(2) "l4"
}
array(4) {
  [0]=>
  string(2) "l1"
  [1]=>
  string(0) ""
  [2]=>
  string(2) "l3"
  [3]=>
  string(2) "l4"
}
array(3) {
  [0]=>
  string(2) "l1"
  [1]=>
  string(2) "l3"
  [2]=>
  string(2) "l4"
}
array(4) {
  [0]=>
  string(3) "l1
"
  [1]=>
  string(1) "
"
  [2]=>
  string(4) "l3
"
  [3]=>
  string(2) "l4"
}
array(0) {
}
file(): Argument #2 ($flags) must be a valid flag value

Warning: file(/tmp/phpsock_files_lines.txt.nope): Failed to open stream: No such file or directory in %s on line 11
bool(false)
