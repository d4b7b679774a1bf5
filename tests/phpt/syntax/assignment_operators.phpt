--TEST--
Every compound assignment operator
--FILE--
<?php
$a = 10; $a += 5; echo $a, " ";
$a -= 3; echo $a, " ";
$a *= 2; echo $a, " ";
$a /= 4; echo $a, " ";
$a %= 4; echo $a, " ";
$a **= 3; echo $a, " ";
$a .= "!"; echo $a, " ";
$b = 12; $b &= 10; echo $b, " ";
$b |= 5; echo $b, " ";
$b ^= 3; echo $b, " ";
$b <<= 2; echo $b, " ";
$b >>= 1; echo $b, " ";
$c = null; $c ??= 'set'; $c ??= 'not again'; echo $c, "\n";
$x = $y = $z = 7; echo $x + $y + $z, "\n";
--EXPECT--
15 12 24 6 2 8 8! 8 13 14 56 28 set
21
