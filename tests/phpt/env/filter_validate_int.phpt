--TEST--
filter_var FILTER_VALIDATE_INT with ranges, hex, octal, defaults
--FILE--
<?php
foreach (['42', ' 42 ', '+42', '-0', '042', '4.2', '9223372036854775808', '0x1A', 42, 4.0, true, null, '', "\t7\n", [1]] as $v) {
    var_dump(filter_var($v, FILTER_VALIDATE_INT));
}
var_dump(filter_var('5', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 4]]));
var_dump(filter_var('5', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 9]]));
var_dump(filter_var('x', FILTER_VALIDATE_INT, ['options' => ['default' => 7]]));
var_dump(filter_var('x', FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
var_dump(filter_var('ff', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX), filter_var('0xff', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX));
var_dump(filter_var('0755', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL), filter_var('0o17', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL));
--EXPECT--
int(42)
int(42)
int(42)
int(0)
bool(false)
bool(false)
bool(false)
bool(false)
int(42)
int(4)
int(1)
bool(false)
bool(false)
int(7)
bool(false)
bool(false)
int(5)
int(7)
NULL
bool(false)
int(255)
int(493)
int(15)
