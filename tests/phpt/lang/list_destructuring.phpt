--TEST--
list destructuring
--FILE--
<?php
[$a, $b] = [1, 2]; var_dump($a, $b);
[$a, $b] = [$b, $a]; var_dump($a, $b);
[, $second, , $fourth] = [1, 2, 3, 4]; var_dump($second, $fourth);
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X']; var_dump($x, $y);
[[$p, $q], [$r]] = [[1, 2], [3]]; var_dump($p + $q + $r);
list($l1, list(, $l2)) = [10, [20, 30]]; var_dump($l1, $l2);
[$m, $missing] = [1]; var_dump($missing);
[$n1, $n2] = "ab"; var_dump($n1);
[$o1] = null; var_dump($o1);
$pairs = [[1, 'one'], [2, 'two']];
foreach ($pairs as [$num, $word]) echo "$num=$word ";
echo "\n";
$result = [$k1, $k2] = [7, 8]; var_dump($result);
[$obj] = [new stdClass]; var_dump($obj);
--EXPECTF--
int(1)
int(2)
int(2)
int(1)
int(2)
int(4)
string(1) "X"
string(1) "Y"
int(6)
int(10)
int(30)

Warning: Undefined array key 1 in %s on line 8
NULL
NULL
NULL
1=one 2=two 
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
object(stdClass)#1 (0) {
}
