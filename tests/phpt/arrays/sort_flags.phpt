--TEST--
sort flags: SORT_NUMERIC, SORT_STRING, SORT_FLAG_CASE, SORT_NATURAL
--FILE--
<?php
$a = ["10", "9", "2", "1", "1.5", "abc"];
$x = $a; sort($x, SORT_NUMERIC); var_dump($x);
$x = $a; sort($x, SORT_STRING); var_dump($x);
$n = ["img12.png", "img10.png", "IMG2.png", "img1.png"];
$x = $n; sort($x, SORT_NATURAL); var_dump($x);
$x = $n; sort($x, SORT_NATURAL | SORT_FLAG_CASE); var_dump($x);
$s = ["b", "A", "a", "B"];
$x = $s; sort($x, SORT_STRING | SORT_FLAG_CASE); var_dump($x);
$x = $s; rsort($x, SORT_STRING); var_dump($x);
--EXPECT--
array(6) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(1) "1"
  [2]=>
  string(3) "1.5"
  [3]=>
  string(1) "2"
  [4]=>
  string(1) "9"
  [5]=>
  string(2) "10"
}
array(6) {
  [0]=>
  string(1) "1"
  [1]=>
  string(3) "1.5"
  [2]=>
  string(2) "10"
  [3]=>
  string(1) "2"
  [4]=>
  string(1) "9"
  [5]=>
  string(3) "abc"
}
array(4) {
  [0]=>
  string(8) "IMG2.png"
  [1]=>
  string(8) "img1.png"
  [2]=>
  string(9) "img10.png"
  [3]=>
  string(9) "img12.png"
}
array(4) {
  [0]=>
  string(8) "img1.png"
  [1]=>
  string(8) "IMG2.png"
  [2]=>
  string(9) "img10.png"
  [3]=>
  string(9) "img12.png"
}
array(4) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "B"
}
array(4) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "B"
  [3]=>
  string(1) "A"
}
