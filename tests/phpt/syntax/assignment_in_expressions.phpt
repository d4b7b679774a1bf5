--TEST--
Assignments as expressions, !$a = ..., chained
--FILE--
<?php
if (!$a = 0) echo "assigned zero\n";
$b = ($c = 5) + 1;
echo "$b $c\n";
$d = $e = [1];
$d[] = 2;
echo count($d), count($e), "\n";
while (($n = ($n ?? 0) + 1) < 3) echo $n;
echo "\n";
--EXPECT--
assigned zero
6 5
21
12
