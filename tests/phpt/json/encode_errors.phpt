--TEST--
json_encode: errors, partial output and json_last_error
--FILE--
<?php
var_dump(json_encode(NAN), json_last_error(), json_last_error_msg());
var_dump(json_encode([1, NAN, INF], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode("\xff"), json_last_error_msg(), json_encode("a\xffb", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("a\xffb", JSON_INVALID_UTF8_IGNORE));
var_dump(json_encode(["a\xff", 1], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
$a = ['x' => 1]; $a['self'] = &$a;
var_dump(json_encode($a), json_last_error_msg());
$o = new stdClass; $o->o = $o;
var_dump(json_encode($o), json_last_error(), json_encode($o, JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(json_encode([[1]], 0, 1), json_last_error_msg(), json_encode([1], 0, 1), json_encode([], 0, 0), json_encode(1, 0, 0));
var_dump(json_encode(1), json_last_error(), json_last_error_msg());
--EXPECT--
bool(false)
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
string(7) "[1,0,0]"
int(7)
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(10) ""a\ufffdb""
string(4) ""ab""
string(8) "[null,1]"
int(5)
bool(false)
string(18) "Recursion detected"
bool(false)
int(6)
string(10) "{"o":null}"
bool(false)
string(28) "Maximum stack depth exceeded"
string(3) "[1]"
bool(false)
string(1) "1"
string(1) "1"
int(0)
string(8) "No error"
