--TEST--
array_walk by reference, with extra argument, array_walk_recursive
--FILE--
<?php
$a = ['a' => 1, 'b' => 2];
var_dump(array_walk($a, function (&$v, $k, $p) { $v = "$p$k=$v"; }, '#'));
var_dump($a);
$b = [1, 2, 3];
array_walk($b, function ($v, $k) { echo "$k:$v\n"; });
$n = ['x' => [1, 2], 'y' => 3, 'z' => ['w' => [4]]];
array_walk_recursive($n, function (&$v, $k) { $v = $v * 10; });
var_dump($n);
array_walk_recursive($n, function ($v, $k) { echo "$k=$v "; });
echo "\n";
try { array_walk($undef, fn() => 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_walk($a, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
array(2) {
  ["a"]=>
  string(4) "#a=1"
  ["b"]=>
  string(4) "#b=2"
}
0:1
1:2
2:3
array(3) {
  ["x"]=>
  array(2) {
    [0]=>
    int(10)
    [1]=>
    int(20)
  }
  ["y"]=>
  int(30)
  ["z"]=>
  array(1) {
    ["w"]=>
    array(1) {
      [0]=>
      int(40)
    }
  }
}
0=10 1=20 y=30 0=40 
array_walk(): Argument #1 ($array) must be of type array, null given
array_walk(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
