--TEST--
filter_var with REQUIRE_ARRAY, FORCE_ARRAY, unknown filters and callbacks
--FILE--
<?php
var_dump(filter_var(['a', '1'], FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
var_dump(filter_var('1', FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
var_dump(filter_var(['2'], FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
var_dump(filter_var('3', FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
var_dump(filter_var(['x' => ['4', 'y']], FILTER_VALIDATE_INT, ['flags' => FILTER_REQUIRE_ARRAY]));
var_dump(filter_var('abc', 9999));
var_dump(filter_var('abc', FILTER_CALLBACK, ['options' => function ($s) { return "<$s>"; }]));
try {
    filter_var('abc', FILTER_CALLBACK);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(FILTER_VALIDATE_INT, FILTER_VALIDATE_BOOL, FILTER_VALIDATE_BOOLEAN, FILTER_VALIDATE_FLOAT, FILTER_VALIDATE_EMAIL, FILTER_VALIDATE_URL, FILTER_VALIDATE_IP, FILTER_DEFAULT, FILTER_UNSAFE_RAW, FILTER_CALLBACK, FILTER_FLAG_IPV4, FILTER_FLAG_IPV6, FILTER_FLAG_NO_PRIV_RANGE, FILTER_FLAG_NO_RES_RANGE, FILTER_NULL_ON_FAILURE, FILTER_REQUIRE_ARRAY, FILTER_FORCE_ARRAY, FILTER_REQUIRE_SCALAR);
var_dump(filter_id('int'), filter_id('validate_email'), filter_id('nope'));
--EXPECTF--
array(2) {
  [0]=>
  bool(false)
  [1]=>
  int(1)
}
bool(false)
array(1) {
  [0]=>
  int(2)
}
array(1) {
  [0]=>
  int(3)
}
array(1) {
  ["x"]=>
  array(2) {
    [0]=>
    int(4)
    [1]=>
    bool(false)
  }
}

Warning: filter_var(): Unknown filter with ID 9999 in %s on line 7
bool(false)
string(5) "<abc>"
filter_var(): Option must be a valid callback
int(257)
int(258)
int(258)
int(259)
int(274)
int(273)
int(275)
int(516)
int(516)
int(1024)
int(1048576)
int(2097152)
int(8388608)
int(4194304)
int(134217728)
int(16777216)
int(67108864)
int(33554432)
int(257)
int(274)
bool(false)
