--TEST--
stream_get_meta_data for files, memory, temp, output and the standard streams
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_meta.txt';
touch($p);
$f = fopen($p, 'r');
$m = stream_get_meta_data($f);
var_dump($m['wrapper_type'], $m['stream_type'], $m['mode'], $m['seekable'], $m['uri'] === $p, $m['eof'], $m['blocked']);
fclose($f);
unlink($p);
var_dump(stream_get_meta_data(fopen('php://memory', 'w+')));
var_dump(stream_get_meta_data(fopen('php://temp', 'r+')));
var_dump(stream_get_meta_data(fopen('php://output', 'w')));
var_dump(stream_get_meta_data(STDIN));
var_dump(stream_get_meta_data(fopen('php://stderr', 'w')));
--EXPECT--
string(9) "plainfile"
string(5) "STDIO"
string(1) "r"
bool(true)
bool(true)
bool(false)
bool(true)
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "MEMORY"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(12) "php://memory"
}
array(6) {
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(4) "TEMP"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(10) "php://temp"
}
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "Output"
  ["mode"]=>
  string(2) "wb"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
  ["uri"]=>
  string(12) "php://output"
}
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(2) "rb"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
  ["uri"]=>
  string(11) "php://stdin"
}
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(1) "w"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
  ["uri"]=>
  string(12) "php://stderr"
}
