--TEST--
Anonymous functions with use by value and by reference
--FILE--
<?php
$x = 1;
$byVal = function ($a) use ($x) { return $a + $x; };
$count = 0;
$inc = function () use (&$count) { $count++; };
$inc(); $inc();
$x = 100;
echo $byVal(1), " ", $count, "\n";
$noArgs = function() { return "called"; };
echo $noArgs(), "\n";
echo (function ($n) { return $n * 2; })(21), "\n";
$typed = static function (int $a, int ...$b): int { return $a + count($b); };
echo $typed(1, 2, 3), "\n";
--EXPECT--
2 2
called
42
3
