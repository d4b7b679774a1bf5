--TEST--
object ids and compare
--FILE--
<?php
class P { public $x; public $y = [1]; function __construct($x) { $this->x = $x; } }
$a = new P(1); $b = new P(1); $c = $a;
var_dump($a == $b, $a === $b, $a === $c, $a != new P(2), $a < new P(2));
var_dump(spl_object_id($a), spl_object_id($b), spl_object_id(new stdClass));
$d = clone $a;
var_dump($d == $a, $d === $a, spl_object_id($d));
unset($b);
$e = new P(5);
var_dump(spl_object_id($e));
var_dump($a);
$self = new stdClass; $self->me = $self;
var_dump($self);
$arr = [1]; $arr[] = &$arr;
var_dump(count($arr));
var_dump(new P(new P(null)));
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
int(1)
int(2)
int(3)
bool(true)
bool(false)
int(3)
int(2)
object(P)#1 (2) {
  ["x"]=>
  int(1)
  ["y"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
object(stdClass)#4 (1) {
  ["me"]=>
  *RECURSION*
}
int(2)
object(P)#5 (2) {
  ["x"]=>
  object(P)#6 (2) {
    ["x"]=>
    NULL
    ["y"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
  ["y"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
