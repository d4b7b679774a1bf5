<?php
// Nested integer loops: arithmetic, modulo, bit operations, comparisons.
$acc = 0;
for ($i = 0; $i < 3600; $i++) {
    for ($j = 0; $j < 3600; $j++) {
        $x = ($i * $j + $j) % 7;
        if ($x > 3) {
            $acc += $x;
        } else {
            $acc ^= $j;
        }
    }
}
$k = 0;
$n = 0;
while ($k < 4000000) {
    $n = ($n + $k * 3) & 0xFFFFF;
    $k++;
}
echo "loops ", $acc, " ", $n, "\n";
