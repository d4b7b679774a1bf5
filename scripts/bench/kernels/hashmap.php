<?php
// Hash-map updates with string keys: word counting and lookups.
$counts = [];
$words = 0;
for ($i = 0; $i < 2400000; $i++) {
    $key = "k" . (($i * 7919) % 5003);
    if (isset($counts[$key])) {
        $counts[$key]++;
    } else {
        $counts[$key] = 1;
    }
    $words++;
}
$sum = 0;
$distinct = 0;
foreach ($counts as $k => $v) {
    $sum += $v * strlen($k);
    $distinct++;
}
$hits = 0;
for ($i = 0; $i < 800000; $i++) {
    $key = "k" . ($i % 10000);
    if (array_key_exists_($counts, $key)) {
        $hits++;
    }
}
function array_key_exists_($a, $k) {
    return isset($a[$k]);
}
echo "hashmap ", $words, " ", $distinct, " ", $sum, " ", $hits, "\n";
