--TEST--
natsort and natcasesort
--FILE--
<?php
$a = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img01.png", " img3.png", "img2"];
$x = $a; natsort($x); var_dump($x);
$x = $a; natcasesort($x); var_dump($x);
$n = ["1.10", "1.9", "1.010", "x0y", "x00y", "-5", "-10"];
natsort($n); var_dump($n);
--EXPECT--
array(7) {
  [2]=>
  string(8) "IMG2.png"
  [4]=>
  string(9) "img01.png"
  [3]=>
  string(8) "img1.png"
  [6]=>
  string(4) "img2"
  [5]=>
  string(9) " img3.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
array(7) {
  [4]=>
  string(9) "img01.png"
  [3]=>
  string(8) "img1.png"
  [6]=>
  string(4) "img2"
  [2]=>
  string(8) "IMG2.png"
  [5]=>
  string(9) " img3.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
array(7) {
  [5]=>
  string(2) "-5"
  [6]=>
  string(3) "-10"
  [2]=>
  string(5) "1.010"
  [1]=>
  string(3) "1.9"
  [0]=>
  string(4) "1.10"
  [3]=>
  string(3) "x0y"
  [4]=>
  string(4) "x00y"
}
