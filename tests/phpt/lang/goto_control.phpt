--TEST--
goto control
--FILE--
<?php
$i = 0;
retry:
$i++;
if ($i < 3) { echo "try $i\n"; goto retry; }
for ($a = 0; $a < 10; $a++) {
    for ($b = 0; $b < 10; $b++) {
        if ($a * $b == 6) goto found;
    }
}
found:
echo "found $a $b\n";
function search(array $xs, $needle) {
    foreach ($xs as $i => $x) { if ($x === $needle) goto hit; }
    return -1;
    hit:
    return $i;
}
var_dump(search([5, 6, 7], 6), search([1], 9));
goto skip;
echo "skipped\n";
skip:
if (true) { goto inside; echo "no\n"; inside: echo "inside if\n"; }
$n = 0;
loop: if ($n < 3) { $n++; echo $n; goto loop; }
echo "\nend\n";
--EXPECTF--
try 1
try 2
found 1 6
int(1)
int(-1)
inside if
123
end
