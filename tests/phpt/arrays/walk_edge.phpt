--TEST--
array_walk edge cases: keys, return values, modification of values only
--FILE--
<?php
$a = [3 => 'x', 'k' => 'y'];
array_walk($a, function (&$v, $k) { $v = [$k => $v]; });
var_dump($a);
$b = [1, 2, 3];
array_walk($b, fn($v) => $v * 100);
var_dump($b);
$c = ['a' => ['b' => ['c' => 1]], 'd' => 2];
array_walk_recursive($c, function (&$v, $k, $add) { $v += $add; }, 5);
var_dump($c);
$obj = new stdClass; $obj->p = 1; $obj->q = 2;
array_walk($obj, function ($v, $k) { echo "$k=$v\n"; });
$copy = [1, 2];
$orig = $copy;
array_walk($copy, function (&$v) { $v = 0; });
var_dump($orig, $copy);
--EXPECT--
array(2) {
  [3]=>
  array(1) {
    [3]=>
    string(1) "x"
  }
  ["k"]=>
  array(1) {
    ["k"]=>
    string(1) "y"
  }
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(1) {
      ["c"]=>
      int(6)
    }
  }
  ["d"]=>
  int(7)
}
p=1
q=2
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
