--TEST--
break N and continue N in nested loops
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
$i = 0;
while (true) {
    switch ($i++) {
        case 3: break 2;
        case 1: continue 2;
    }
    echo $i;
}
echo "\n";
foreach ([1, 2] as $x) { foreach ([1, 2] as $y) { if ($y == 2) { continue 1; } echo $x.$y; } break 1; }
echo "\n";
--EXPECT--
00 10 
13
11
