--TEST--
destructuring by reference
--FILE--
<?php
$list = [1, 2, 3];
[$p, &$q] = $list; $q = 'changed'; var_dump($list);
$data = ['a' => [1, 2], 'b' => 5];
['a' => [, &$second], 'b' => &$bb] = $data; $second = 'S'; $bb = 'B';
var_dump($data);
$pairs = [[1, 2], [3, 4]];
foreach ($pairs as [&$x, $y]) { $x *= 10; }
unset($x);
var_dump($pairs);
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  &string(7) "changed"
  [2]=>
  int(3)
}
array(2) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    &string(1) "S"
  }
  ["b"]=>
  &string(1) "B"
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(10)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(30)
    [1]=>
    int(4)
  }
}
