--TEST--
unserialize: round trips and back-references
--FILE--
<?php
var_dump(unserialize('a:3:{i:0;i:1;s:1:"k";d:0.5;i:1;a:1:{i:0;b:1;}}'));
var_dump(unserialize('O:8:"stdClass":1:{s:1:"a";i:1;}'));
class P { public $a = 1; protected $b = 2; private $c = 3; }
var_dump(unserialize(serialize(new P)));
var_dump(unserialize('a:2:{i:0;O:8:"stdClass":0:{}i:1;r:2;}'));
$x = unserialize('a:2:{i:0;i:5;i:1;R:2;}');
$x[0] = 9;
var_dump($x);
var_dump(unserialize('i:5;junk'), unserialize('N;'), unserialize('d:INF;'), unserialize('b:0;'));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  ["k"]=>
  float(0.5)
  [1]=>
  array(1) {
    [0]=>
    bool(true)
  }
}
object(stdClass)#1 (1) {
  ["a"]=>
  int(1)
}
object(P)#1 (3) {
  ["a"]=>
  int(1)
  ["b":protected]=>
  int(2)
  ["c":"P":private]=>
  int(3)
}
array(2) {
  [0]=>
  object(stdClass)#1 (0) {
  }
  [1]=>
  object(stdClass)#1 (0) {
  }
}
array(2) {
  [0]=>
  &int(9)
  [1]=>
  &int(9)
}
int(5)
NULL
float(INF)
bool(false)
