--TEST--
asort, arsort, ksort, krsort keep keys
--FILE--
<?php
$a = ['b' => 2, 'a' => 3, 'c' => 1, 10 => 0, 9 => 5];
$x = $a; asort($x); var_dump($x);
$x = $a; arsort($x); var_dump($x);
$x = $a; ksort($x); var_dump($x);
$x = $a; krsort($x); var_dump($x);
$k = ['10' => 'a', '9' => 'b', 'x' => 'c', '1a' => 'd', -5 => 'e'];
$x = $k; ksort($x); var_dump($x);
$x = $k; ksort($x, SORT_STRING); var_dump($x);
$x = $k; ksort($x, SORT_NUMERIC); var_dump($x);
--EXPECT--
array(5) {
  [10]=>
  int(0)
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
  [9]=>
  int(5)
}
array(5) {
  [9]=>
  int(5)
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  ["c"]=>
  int(1)
  [10]=>
  int(0)
}
array(5) {
  [9]=>
  int(5)
  [10]=>
  int(0)
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  ["c"]=>
  int(1)
}
array(5) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
  [10]=>
  int(0)
  [9]=>
  int(5)
}
array(5) {
  [-5]=>
  string(1) "e"
  [9]=>
  string(1) "b"
  [10]=>
  string(1) "a"
  ["1a"]=>
  string(1) "d"
  ["x"]=>
  string(1) "c"
}
array(5) {
  [-5]=>
  string(1) "e"
  [10]=>
  string(1) "a"
  ["1a"]=>
  string(1) "d"
  [9]=>
  string(1) "b"
  ["x"]=>
  string(1) "c"
}
array(5) {
  [-5]=>
  string(1) "e"
  ["x"]=>
  string(1) "c"
  ["1a"]=>
  string(1) "d"
  [9]=>
  string(1) "b"
  [10]=>
  string(1) "a"
}
