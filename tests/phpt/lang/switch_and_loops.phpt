--TEST--
switch and loops
--FILE--
<?php
function sw($v) {
    switch ($v) {
        case 1: echo "one "; 
        case 2: echo "two "; break;
        case "3": echo "three "; break;
        case null: echo "null-ish "; break;
        default: echo "default ";
    }
    echo "\n";
}
sw(1); sw(2); sw(3); sw(0); sw(""); sw(99);
for ($i = 0; $i < 5; $i++) { switch ($i) { case 2: continue 2; case 4: break 2; } echo $i; }
echo "\n";
$i = 0;
while (true) { while (true) { if (++$i > 3) break 2; echo "inner$i "; continue 2; } }
echo "\n";
$n = 0; do { echo $n; } while (++$n < 3);
echo "\n";
for ($a = 0, $b = 10; $a < $b; $a += 3, $b -= 3) echo "$a-$b ";
echo "\n";
foreach ([1, 2, 3, 4, 5, 6] as $v) { if ($v % 2) continue; if ($v > 4) break; echo $v; }
echo "\n";
$x = 3;
while ($x--): echo $x; endwhile;
echo "\n";
switch (true): case $x < 0: echo "neg\n"; break; endswitch;
--EXPECTF--
one two 
two 
three 
null-ish 
null-ish 
default 
013
inner1 inner2 inner3 
012
0-10 3-7 
24
210
neg
