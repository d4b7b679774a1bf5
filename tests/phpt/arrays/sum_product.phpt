--TEST--
array_sum and array_product (PHP 8.2 semantics)
--FILE--
<?php
var_dump(array_sum([1, 2, 3]), array_sum([1, 2.5]), array_sum([]), array_product([]));
var_dump(array_sum(["3", "4.5", "abc", "7x", null, true, false]));
var_dump(array_sum([1, [2], new stdClass, 3]));
var_dump(array_product([2, "3", 1.5, true]), array_product([2, [1]]), array_product(["a"]));
var_dump(array_sum([PHP_INT_MAX, 1]), array_product([PHP_INT_MAX, 2]));
--EXPECT--
int(6)
float(3.5)
int(0)
int(1)
float(15.5)
int(4)
float(9)
int(2)
int(0)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
