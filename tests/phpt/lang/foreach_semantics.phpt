--TEST--
foreach semantics
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as $k => $v) { if ($k == 0) { $a[] = 4; } echo $v, " "; }
echo "| ", count($a), "\n";
foreach ($a as &$v) { $v *= 10; }
unset($v);
var_dump($a);
$b = [1, 2, 3];
foreach ($b as &$x) {}
foreach ($b as $x) {}
var_dump($b);
$c = ['x' => 1, 'y' => 2];
foreach ($c as $k => &$v) { if ($k === 'x') { $c['z'] = 3; } $v++; }
unset($v);
var_dump($c);
foreach ([[1, 2], [3, 4]] as [$p, $q]) echo $p + $q, " ";
foreach ([['id' => 1, 'n' => 'a']] as ['id' => $id, 'n' => $n]) echo "$id:$n\n";
$obj = new stdClass; $obj->a = 1; $obj->b = 2;
foreach ($obj as $k => $v) echo "$k=$v ";
echo "\n";
foreach (null as $v) {}
foreach (5 as $v) {}
$empty = [];
foreach ($empty as $v) { echo "never"; }
echo "end\n";
--EXPECTF--
1 2 3 | 4
array(4) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
  [3]=>
  int(40)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  &int(2)
}
array(3) {
  ["x"]=>
  int(2)
  ["y"]=>
  int(3)
  ["z"]=>
  int(4)
}
3 7 1:a
a=1 b=2 

Warning: foreach() argument must be of type array|object, null given in %s on line 21

Warning: foreach() argument must be of type array|object, int given in %s on line 22
end
