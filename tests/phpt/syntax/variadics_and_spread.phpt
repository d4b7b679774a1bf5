--TEST--
Variadic parameters and argument unpacking
--FILE--
<?php
function sum(...$nums) { return array_sum($nums); }
echo sum(), " ", sum(1, 2, 3), " ", sum(...[4, 5]), " ", sum(1, ...[2, 3], ...[4]), "\n";
function pair($a, $b) { return "$a-$b"; }
echo pair(...['x', 'y']), "\n";
$arr = [...[1, 2], ...[3], 4];
echo implode(",", $arr), "\n";
--EXPECT--
0 6 9 10
x-y
1,2,3,4
