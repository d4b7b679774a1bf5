--TEST--
is_int, is_float, is_string and friends
--FILE--
<?php
$values = [1, 1.5, "1", true, null, [], new stdClass, fn() => 1];
foreach ($values as $v) {
    echo var_export(is_int($v), true), is_integer($v) ? 'I' : '-', is_long($v) ? 'L' : '-', ' ',
        var_export(is_float($v), true), is_double($v) ? 'D' : '-', ' ',
        var_export(is_string($v), true), ' ', var_export(is_bool($v), true), ' ',
        var_export(is_array($v), true), ' ', var_export(is_object($v), true), ' ',
        var_export(is_null($v), true), ' ', var_export(is_scalar($v), true), "\n";
}
--EXPECT--
trueIL false- false false false false false true
false-- trueD false false false false false true
false-- false- true false false false false true
false-- false- false true false false false true
false-- false- false false false false true false
false-- false- false false true false false false
false-- false- false false false true false false
false-- false- false false false true false false
