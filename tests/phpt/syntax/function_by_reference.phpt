--TEST--
By-reference parameters and returning references
--FILE--
<?php
function addOne(&$x) { $x++; }
$v = 1;
addOne($v);
echo $v, "\n";
function &getRef(array &$arr) { return $arr[0]; }
$a = [1, 2];
$r = &getRef($a);
$r = 100;
echo $a[0], "\n";
--EXPECT--
2
100
