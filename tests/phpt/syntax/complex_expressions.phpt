--TEST--
Deeply mixed expressions
--FILE--
<?php

if (false) {
    $r = $a + $b * $c - $d / $e % $f ** $g << 1 | 2 & 3 ^ 4 . 'x' <=> ($h ?: $i ?? $j) and !$k or $l xor $m;
    $s = ((($a))) + [1, 2][0] + ('str')[0] + "x{$y}z"[1];
    $t = $a ? ($b ? 1 : 2) : ($c ? 3 : 4);
    $u = ($a ?: $b) ?: $c;
    $v = $a ?? $b ?: $c;
    $w = (int) $x + (float) -$y . (string) !$z;
}
echo "parsed\n";
--EXPECT--
parsed
