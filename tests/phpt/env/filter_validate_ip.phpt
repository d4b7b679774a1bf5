--TEST--
filter_var FILTER_VALIDATE_IP with family and range flags
--FILE--
<?php
foreach (['127.0.0.1', '::1', '1.2.3', '256.0.0.1', '2001:db8::1', 'abc'] as $v) {
    var_dump(filter_var($v, FILTER_VALIDATE_IP));
}
var_dump(filter_var('10.0.0.1', FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE));
var_dump(filter_var('8.8.8.8', FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE));
var_dump(filter_var('172.16.5.4', FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE));
var_dump(filter_var('192.168.0.1', FILTER_VALIDATE_IP, FILTER_FLAG_IPV4 | FILTER_FLAG_NO_PRIV_RANGE));
var_dump(filter_var('127.0.0.1', FILTER_VALIDATE_IP, FILTER_FLAG_NO_RES_RANGE));
var_dump(filter_var('0.1.2.3', FILTER_VALIDATE_IP, FILTER_FLAG_NO_RES_RANGE));
var_dump(filter_var('::1', FILTER_VALIDATE_IP, FILTER_FLAG_IPV4));
var_dump(filter_var('1.2.3.4', FILTER_VALIDATE_IP, FILTER_FLAG_IPV6));
var_dump(filter_var('::1', FILTER_VALIDATE_IP, FILTER_FLAG_IPV6));
var_dump(filter_var('fd00::1', FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE));
var_dump(filter_var('x', FILTER_VALIDATE_IP, FILTER_NULL_ON_FAILURE));
--EXPECT--
string(9) "127.0.0.1"
string(3) "::1"
bool(false)
bool(false)
string(11) "2001:db8::1"
bool(false)
bool(false)
string(7) "8.8.8.8"
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(3) "::1"
bool(false)
NULL
