--TEST--
Array destructuring with [] and list(), keys, skips, nesting, swapping
--FILE--
<?php
[$a, $b] = [1, 2];
list($c, , $d) = [3, 'skip', 4];
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X'];
[[$p, $q], [$r]] = [[5, 6], [7]];
[$a, $b] = [$b, $a];
list('k' => list($m)) = ['k' => ['M']];
[, $second] = [1, 2];
echo "$a $b $c $d $x $y $p $q $r $m $second\n";
[$i, [, $j]] = [1, [2, 3]];
echo $i + $j, "\n";
--EXPECT--
2 1 3 4 X Y 5 6 7 M 2
4
