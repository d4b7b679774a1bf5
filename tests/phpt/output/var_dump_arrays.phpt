--TEST--
var_dump: nested arrays, keys, references
--FILE--
<?php
$x = 1;
$a = ['a' => &$x, 'b' => [1, [2, []]], 5 => 'five', "k" => null, -3 => 1.5];
var_dump($a);
$y = [1, 2];
$r = &$y[0];
var_dump($y);
unset($r);
var_dump($y);
--EXPECT--
array(5) {
  ["a"]=>
  &int(1)
  ["b"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(2) {
      [0]=>
      int(2)
      [1]=>
      array(0) {
      }
    }
  }
  [5]=>
  string(4) "five"
  ["k"]=>
  NULL
  [-3]=>
  float(1.5)
}
array(2) {
  [0]=>
  &int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
