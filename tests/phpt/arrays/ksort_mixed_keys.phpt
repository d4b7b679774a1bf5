--TEST--
ksort/krsort with mixed numeric and string keys (PHP 8.2)
--FILE--
<?php
$a = ['b' => 1, 'a' => 2, 10 => 3, 2 => 4, '1e1' => 5, '-3' => 6, 'B' => 7, '' => 8];
$x = $a; ksort($x); var_dump($x);
$x = $a; krsort($x); var_dump($x);
$x = $a; ksort($x, SORT_STRING | SORT_FLAG_CASE); var_dump($x);
$x = ['img12' => 1, 'img10' => 2, 'img2' => 3];
ksort($x, SORT_NATURAL); var_dump($x);
uksort($x, fn($a, $b) => strlen($a) <=> strlen($b)); var_dump($x);
--EXPECT--
array(8) {
  [""]=>
  int(8)
  [-3]=>
  int(6)
  [2]=>
  int(4)
  [10]=>
  int(3)
  ["1e1"]=>
  int(5)
  ["B"]=>
  int(7)
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
}
array(8) {
  ["b"]=>
  int(1)
  ["a"]=>
  int(2)
  ["B"]=>
  int(7)
  [10]=>
  int(3)
  ["1e1"]=>
  int(5)
  [2]=>
  int(4)
  [-3]=>
  int(6)
  [""]=>
  int(8)
}
array(8) {
  [""]=>
  int(8)
  [-3]=>
  int(6)
  [10]=>
  int(3)
  ["1e1"]=>
  int(5)
  [2]=>
  int(4)
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  ["B"]=>
  int(7)
}
array(3) {
  ["img2"]=>
  int(3)
  ["img10"]=>
  int(2)
  ["img12"]=>
  int(1)
}
array(3) {
  ["img2"]=>
  int(3)
  ["img10"]=>
  int(2)
  ["img12"]=>
  int(1)
}
