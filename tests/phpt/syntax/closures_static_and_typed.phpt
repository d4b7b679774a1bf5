--TEST--
Closures with by-reference returns, types and static
--FILE--
<?php

if (false) {
    $a = function &(array &$arr) use ($x, &$y): ?array { return $arr; };
    $b = static fn(int ...$n): int => array_sum($n);
    $c = fn(): static => $this;
    $d = function () use ($a,) { };
}
echo "parsed\n";
--EXPECT--
parsed
