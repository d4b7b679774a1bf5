--TEST--
preg_last_error and preg_last_error_msg, backtrack limit
--FILE--
<?php
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'));
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/a/', 'a'), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/(a+)+$/', str_repeat_like('a', 30) . 'b'), preg_last_error(), preg_last_error_msg());
function str_repeat_like($s, $n) { $r = ''; for ($i = 0; $i < $n; $i++) $r .= $s; return $r; }
var_dump(preg_match('/a/', 'a'), preg_last_error());
var_dump(PREG_NO_ERROR, PREG_INTERNAL_ERROR, PREG_BACKTRACK_LIMIT_ERROR, PREG_RECURSION_LIMIT_ERROR, PREG_BAD_UTF8_ERROR, PREG_BAD_UTF8_OFFSET_ERROR, PREG_JIT_STACKLIMIT_ERROR);
var_dump(PREG_PATTERN_ORDER, PREG_SET_ORDER, PREG_OFFSET_CAPTURE, PREG_UNMATCHED_AS_NULL, PREG_SPLIT_NO_EMPTY, PREG_SPLIT_DELIM_CAPTURE, PREG_SPLIT_OFFSET_CAPTURE, PREG_GREP_INVERT);
--EXPECT--
int(0)
string(8) "No error"
bool(false)
int(2)
string(25) "Backtrack limit exhausted"
int(1)
int(0)
string(8) "No error"
bool(false)
int(2)
string(25) "Backtrack limit exhausted"
int(1)
int(0)
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
int(1)
int(2)
int(256)
int(512)
int(1)
int(2)
int(4)
int(1)
