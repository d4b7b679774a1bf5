--TEST--
json_decode: the depth limit
--FILE--
<?php
var_dump(json_decode('[1]', true, 1), json_last_error_msg(), json_decode('1', true, 1), json_decode('[]', true, 1));
var_dump(json_decode('[[1]]', true, 3), json_decode('[[1]]', true, 2), json_decode('{"a":{}}', true, 2), json_decode('{"a":1}', true, 2));
try { json_decode('1', false, 0); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { json_decode('1', false, PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
NULL
string(28) "Maximum stack depth exceeded"
int(1)
NULL
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
NULL
NULL
array(1) {
  ["a"]=>
  int(1)
}
ValueError: json_decode(): Argument #3 ($depth) must be greater than 0
ValueError: json_decode(): Argument #3 ($depth) must be less than 2147483647
