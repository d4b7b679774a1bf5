--TEST--
rand and srand share mt_rand's generator
--FILE--
<?php
srand(5);
$a = [rand(), rand(1, 10), rand(10, 1)];
mt_srand(5);
$b = [mt_rand(), mt_rand(1, 10)];
var_dump($a, $b, getrandmax(), mt_getrandmax());
mt_srand(99);
echo mt_rand(5, 5), " ", rand(0, 0), "\n";
--EXPECT--
array(3) {
  [0]=>
  int(476726705)
  [1]=>
  int(5)
  [2]=>
  int(8)
}
array(2) {
  [0]=>
  int(476726705)
  [1]=>
  int(5)
}
int(2147483647)
int(2147483647)
5 0
