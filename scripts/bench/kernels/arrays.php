<?php
// Array building and iteration: packed lists, nested arrays, foreach with keys, by-ref foreach.
$total = 0;
for ($r = 0; $r < 240; $r++) {
    $list = [];
    for ($i = 0; $i < 10000; $i++) {
        $list[] = $i * 3 + $r;
    }
    foreach ($list as $k => $v) {
        $total += $v - $k;
    }
    foreach ($list as &$v) {
        $v = $v * 2;
    }
    unset($v);
    $rows = [];
    for ($i = 0; $i < 1000; $i++) {
        $rows[] = ['id' => $i, 'name' => 'n' . $i, 'tags' => [$i % 3, $i % 5]];
    }
    foreach ($rows as $row) {
        $total += $row['id'] + $row['tags'][0] + $row['tags'][1] + strlen($row['name']);
    }
    $total += count($list) + $list[9999] % 1000;
    $grid = [];
    for ($y = 0; $y < 50; $y++) {
        for ($x = 0; $x < 50; $x++) {
            $grid[$y][$x] = $x ^ $y;
        }
    }
    for ($y = 1; $y < 50; $y++) {
        for ($x = 1; $x < 50; $x++) {
            $total += $grid[$y][$x] + $grid[$y - 1][$x - 1];
        }
    }
}
echo "arrays ", $total, "\n";
