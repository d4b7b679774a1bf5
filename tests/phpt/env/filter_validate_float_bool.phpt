--TEST--
filter_var FILTER_VALIDATE_FLOAT and FILTER_VALIDATE_BOOL
--FILE--
<?php
foreach (['1.5', '1e3', '.5', '1,000.5', 'abc', ' 2 ', '5.', '-1.5E-3', 'inf', 3] as $v) {
    var_dump(filter_var($v, FILTER_VALIDATE_FLOAT));
}
var_dump(filter_var('1,000.5', FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND));
var_dump(filter_var('1.5', FILTER_VALIDATE_FLOAT, ['options' => ['min_range' => 2]]));
var_dump(filter_var('1,5', FILTER_VALIDATE_FLOAT, ['options' => ['decimal' => ',']]));
foreach (['yes', 'On', 'off', '', 'maybe', ' true ', '0', '1', null, false, true] as $v) {
    var_dump(filter_var($v, FILTER_VALIDATE_BOOLEAN));
}
var_dump(filter_var('maybe', FILTER_VALIDATE_BOOL, FILTER_NULL_ON_FAILURE), filter_var('no', FILTER_VALIDATE_BOOL, FILTER_NULL_ON_FAILURE), filter_var('', FILTER_VALIDATE_BOOL, FILTER_NULL_ON_FAILURE));
--EXPECT--
float(1.5)
float(1000)
float(0.5)
bool(false)
bool(false)
float(2)
float(5)
float(-0.0015)
bool(false)
float(3)
float(1000.5)
bool(false)
float(1.5)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
NULL
bool(false)
bool(false)
