<?php
// Closures: captured variables, higher-order functions written as loops, by-ref capture.
function map_($f, $a, $n) {
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out[] = $f($a[$i]);
    }
    return $out;
}
function reduce_($f, $a, $n, $init) {
    $acc = $init;
    for ($i = 0; $i < $n; $i++) {
        $acc = $f($acc, $a[$i]);
    }
    return $acc;
}
$base = [];
for ($i = 0; $i < 1000; $i++) {
    $base[] = $i;
}
$total = 0;
$calls = 0;
for ($r = 0; $r < 1000; $r++) {
    $k = $r % 5 + 1;
    $mul = function ($x) use ($k) { return $x * $k; };
    $add = fn($a, $b) => $a + $b;
    $count = function ($x) use (&$calls) { $calls++; return $x & 1; };
    $m = map_($mul, $base, 1000);
    $total += reduce_($add, $m, 1000, 0);
    $total += reduce_($add, map_($count, $base, 1000), 1000, 0);
}
$compose = function ($f, $g) {
    return function ($x) use ($f, $g) { return $f($g($x)); };
};
$inc = fn($x) => $x + 1;
$dbl = fn($x) => $x * 2;
$h = $compose($inc, $dbl);
for ($i = 0; $i < 800000; $i++) {
    $total += $h($i) & 7;
}
echo "closures ", $total, " ", $calls, "\n";
