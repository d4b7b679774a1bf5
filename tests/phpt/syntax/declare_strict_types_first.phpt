--TEST--
declare(strict_types=1) as the first statement
--FILE--
<?php
declare(strict_types=1);
function add(int $a, int $b): int { return $a + $b; }
echo add(1, 2), "\n";
--EXPECT--
3
