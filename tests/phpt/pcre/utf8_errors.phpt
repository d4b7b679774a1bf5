--TEST--
UTF-8 mode: bad subjects and offsets set preg_last_error
--FILE--
<?php
var_dump(preg_match('/./u', "\xff"), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./u', "ab"), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./u', "é", $m, 0, 1), preg_last_error(), preg_last_error_msg());
var_dump(preg_replace('/a/u', 'b', "a\xff"), preg_last_error());
var_dump(preg_split('/,/u', "a,\xff"), preg_last_error());
var_dump(preg_match_all('/./u', "a\x80", $m), $m, preg_last_error());
var_dump(preg_match('/./', "\xff"), preg_last_error());
var_dump(preg_grep('/./u', ['ok', "\xff", 'é']), preg_last_error());
--EXPECT--
bool(false)
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
int(1)
int(0)
string(8) "No error"
bool(false)
int(5)
string(74) "The offset did not correspond to the beginning of a valid UTF-8 code point"
NULL
int(4)
bool(false)
int(4)
bool(false)
array(1) {
  [0]=>
  array(0) {
  }
}
int(4)
int(1)
int(0)
array(1) {
  [0]=>
  string(2) "ok"
}
int(4)
