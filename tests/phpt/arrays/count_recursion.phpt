--TEST--
count(COUNT_RECURSIVE) on a reference cycle warns
--FILE--
<?php
$a = [1, 2];
$a[] = &$a;
var_dump(count($a));
var_dump(count($a, COUNT_RECURSIVE));
--EXPECTF--
int(3)

Warning: count(): Recursion detected in %s on line 5
int(3)
