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
--EXPECT--
