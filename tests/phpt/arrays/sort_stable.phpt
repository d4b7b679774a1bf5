--TEST--
PHP 8 stable sorting: equal elements keep their order
--FILE--
<?php
$people = [['n' => 'a', 'age' => 30], ['n' => 'b', 'age' => 25], ['n' => 'c', 'age' => 30], ['n' => 'd', 'age' => 25]];
usort($people, fn($x, $y) => $x['age'] <=> $y['age']);
foreach ($people as $p) echo $p['n'], " ";
echo "\n";
$a = ['x' => 1, 'y' => 0, 'z' => 1, 'w' => 0];
asort($a); var_dump($a);
arsort($a); var_dump($a);
$r = [3, "3", 3.0, 1];
rsort($r); var_dump($r);
--EXPECT--
b d a c 
array(4) {
  ["y"]=>
  int(0)
  ["w"]=>
  int(0)
  ["x"]=>
  int(1)
  ["z"]=>
  int(1)
}
array(4) {
  ["x"]=>
  int(1)
  ["z"]=>
  int(1)
  ["y"]=>
  int(0)
  ["w"]=>
  int(0)
}
array(4) {
  [0]=>
  int(3)
  [1]=>
  string(1) "3"
  [2]=>
  float(3)
  [3]=>
  int(1)
}
