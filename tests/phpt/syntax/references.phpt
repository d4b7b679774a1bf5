--TEST--
Reference assignment and references into arrays
--FILE--
<?php
$a = 1;
$b = &$a;
$b = 2;
echo $a, "\n";
$arr = [1, 2, 3];
$ref = &$arr[1];
$ref = 'two';
echo implode(",", $arr), "\n";
$c = [&$a];
$c[0] = 3;
echo $a, "\n";
--EXPECT--
2
1,two,3
3
