--TEST--
foreach with values, keys, references and endforeach
--FILE--
<?php
$a = ['x' => 1, 'y' => 2];
foreach ($a as $v) echo $v;
echo "\n";
foreach ($a as $k => $v) { echo "$k=$v "; }
echo "\n";
foreach ($a as &$v) { $v *= 10; }
unset($v);
print_r($a);
foreach ([[1, 2], [3, 4]] as [$p, $q]) echo $p + $q, " ";
foreach ([[1, 2]] as list($p, $q)) echo $p * $q;
echo "\n";
foreach ($a as $k => $v):
    echo $k;
endforeach;
echo "\n";
--EXPECT--
12
x=1 y=2 
Array
(
    [x] => 10
    [y] => 20
)
3 7 2
xy
