<?php
// Sorting with a callback: a hand-written merge sort calling a comparison closure.
function msort(array $a, $cmp) {
    $n = count($a);
    if ($n < 2) {
        return $a;
    }
    $mid = $n >> 1;
    $left = [];
    $right = [];
    for ($i = 0; $i < $mid; $i++) {
        $left[] = $a[$i];
    }
    for ($i = $mid; $i < $n; $i++) {
        $right[] = $a[$i];
    }
    $left = msort($left, $cmp);
    $right = msort($right, $cmp);
    $out = [];
    $i = 0;
    $j = 0;
    $nl = $mid;
    $nr = $n - $mid;
    while ($i < $nl && $j < $nr) {
        if ($cmp($left[$i], $right[$j]) <= 0) {
            $out[] = $left[$i++];
        } else {
            $out[] = $right[$j++];
        }
    }
    while ($i < $nl) {
        $out[] = $left[$i++];
    }
    while ($j < $nr) {
        $out[] = $right[$j++];
    }
    return $out;
}
$data = [];
$x = 12345;
for ($i = 0; $i < 100000; $i++) {
    $x = ($x * 1103515245 + 12345) % 2147483648;
    $data[] = $x % 100000;
}
$sorted = msort($data, function ($a, $b) { return $a <=> $b; });
$desc = msort($data, fn($a, $b) => $b - $a);
$check = 0;
for ($i = 0; $i < 100000; $i += 47) {
    $check = ($check * 31 + $sorted[$i] + $desc[$i]) % 1000000007;
}
// Insertion sort of a smaller array.
$small = [];
for ($i = 0; $i < 1200; $i++) {
    $small[] = ($i * 7919) % 1000;
}
$lt = function ($a, $b) { return $a < $b; };
for ($i = 1; $i < 1200; $i++) {
    $v = $small[$i];
    $j = $i - 1;
    while ($j >= 0 && $lt($v, $small[$j])) {
        $small[$j + 1] = $small[$j];
        $j--;
    }
    $small[$j + 1] = $v;
}
echo "sort ", $check, " ", $sorted[0], " ", $desc[0], " ", $small[0], " ", $small[1199], "\n";
