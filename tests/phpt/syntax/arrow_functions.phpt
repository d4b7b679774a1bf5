--TEST--
Arrow functions capture by value and nest
--FILE--
<?php
$y = 10;
$add = fn($x) => $x + $y;
echo $add(5), "\n";
$nested = fn($a) => fn($b) => $a * $b + $y;
echo $nested(2)(3), "\n";
echo implode(",", array_map(fn($v): int => $v ** 2, [1, 2, 3])), "\n";
$s = static fn() => 'static arrow';
echo $s(), "\n";
$r = fn&(array &$a) => $a;
echo "ok\n";
--EXPECT--
15
16
1,4,9
static arrow
ok
