--TEST--
var_dump: references inside objects and arrays after foreach by reference
--FILE--
<?php
$o = new stdClass; $o->r = &$o->r2; $o->r2 = 5;
var_dump($o);
$arr = [1, 2]; foreach ($arr as &$v) {} var_dump($arr); unset($v);
$x = ['a' => ['b' => ['c' => 1]]]; $ref = &$x['a']['b']; var_dump($x);
var_dump((object)[]);
var_dump([[1 => [2 => []]]]);
--EXPECT--
object(stdClass)#1 (2) {
  ["r2"]=>
  &int(5)
  ["r"]=>
  &int(5)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  &int(2)
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &array(1) {
      ["c"]=>
      int(1)
    }
  }
}
object(stdClass)#2 (0) {
}
array(1) {
  [0]=>
  array(1) {
    [1]=>
    array(1) {
      [2]=>
      array(0) {
      }
    }
  }
}
