--TEST--
var_dump: object ids, visibility, uninitialized typed properties
--FILE--
<?php
class P { public int $i; protected $p = 1; private $q = [2]; public ?P $n = null; public readonly int $r; }
class C extends P { public $c = 'c'; }
$p = new P;
var_dump($p);
$c = new C;
$c->dyn = 5;
var_dump($c);
$s = new stdClass;
$s->{'0'} = 'zero';
$s->{'a b'} = 2;
var_dump($s);
--EXPECTF--
object(P)#1 (3) {
  ["i"]=>
  uninitialized(int)
  ["p":protected]=>
  int(1)
  ["q":"P":private]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["n"]=>
  NULL
  ["r"]=>
  uninitialized(int)
}

Deprecated: Creation of dynamic property C::$dyn is deprecated in %s on line 7
object(C)#2 (5) {
  ["i"]=>
  uninitialized(int)
  ["p":protected]=>
  int(1)
  ["q":"P":private]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["n"]=>
  NULL
  ["r"]=>
  uninitialized(int)
  ["c"]=>
  string(1) "c"
  ["dyn"]=>
  int(5)
}
object(stdClass)#3 (2) {
  ["0"]=>
  string(4) "zero"
  ["a b"]=>
  int(2)
}
