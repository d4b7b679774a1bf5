--TEST--
shuffle and array_rand draw from mt_rand: seeded sequences, holes in hashes
--FILE--
<?php
mt_srand(42);
$a = range(1, 10);
shuffle($a);
echo implode(",", $a), "\n";
var_dump(array_rand(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4]));
var_dump(array_rand(range(0, 9), 3));
var_dump(array_rand(range(0, 9), 8));
$h = ['x' => 1, 'y' => 2, 'z' => 3];
unset($h['y']);
var_dump(array_rand($h));
echo mt_rand(), "\n";
mt_srand(7);
$b = ['p', 'q', 'r', 's', 't'];
shuffle($b); echo implode($b), "\n";
var_dump(str_shuffle_like());
function str_shuffle_like() { return array_rand([1, 2, 3, 4, 5, 6], 2); }
--EXPECT--
2,4,10,8,7,1,9,5,6,3
string(1) "b"
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(4)
  [2]=>
  int(8)
}
array(8) {
  [0]=>
  int(0)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(5)
  [4]=>
  int(6)
  [5]=>
  int(7)
  [6]=>
  int(8)
  [7]=>
  int(9)
}
string(1) "z"
306804147
rsqtp
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
