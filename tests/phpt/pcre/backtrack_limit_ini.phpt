--TEST--
pcre.* ini defaults and pcre.backtrack_limit taking effect on new matches
--FILE--
<?php
var_dump(ini_get('pcre.backtrack_limit'), ini_get('pcre.recursion_limit'), ini_get('pcre.jit'));
var_dump(preg_match('/(a+)+b/', 'aaaaaaaaaaaaaaac'), preg_last_error_msg());
ini_set('pcre.backtrack_limit', '10');
var_dump(preg_match('/(a+)+b/', 'aaaaaaaaaaaaaaac'), preg_last_error_msg());
var_dump(preg_replace('/(a+)+b/', 'x', 'aaaaaaaaaaaaaaac'), preg_last_error());
var_dump(preg_match('/abc/', 'xxabc'), preg_last_error());
ini_set('pcre.backtrack_limit', '1000000');
var_dump(preg_match('/(a+)+b/', 'aaaaaaaaaaaaaaac'), preg_last_error_msg());
--EXPECT--
string(7) "1000000"
string(6) "100000"
string(1) "1"
int(0)
string(8) "No error"
int(0)
string(8) "No error"
string(16) "aaaaaaaaaaaaaaac"
int(0)
int(1)
int(0)
int(0)
string(8) "No error"
