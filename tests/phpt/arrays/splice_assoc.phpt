--TEST--
array_splice keeps string keys and renumbers integer keys
--FILE--
<?php
$a = ['x' => 'X', 10 => 'a', 'y' => 'Y', 20 => 'b'];
$r = array_splice($a, 1, 2, ['new1', 'new2']);
var_dump($r, $a);
$b = ['k' => 1, 'l' => 2];
var_dump(array_splice($b, 0, 1, ['m' => 9]), $b);
$c = [1, 2, 3];
var_dump(array_splice($c, 1, null, null), $c);
$d = [1, 2, 3];
var_dump(array_splice($d, -2, -1, 7), $d);
$e = [1, 2];
array_splice($e, 1, 0, [[5, 6]]);
var_dump($e);
--EXPECT--
array(2) {
  [0]=>
  string(1) "a"
  ["y"]=>
  string(1) "Y"
}
array(4) {
  ["x"]=>
  string(1) "X"
  [0]=>
  string(4) "new1"
  [1]=>
  string(4) "new2"
  [2]=>
  string(1) "b"
}
array(1) {
  ["k"]=>
  int(1)
}
array(2) {
  [0]=>
  int(9)
  ["l"]=>
  int(2)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(7)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    int(5)
    [1]=>
    int(6)
  }
  [2]=>
  int(2)
}
