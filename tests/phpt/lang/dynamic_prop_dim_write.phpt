--TEST--
Writing into an element of a new dynamic property is deprecated
--FILE--
<?php
class C {}
$o = new C;
$o->b['q'] = 4;
$o->c[] = 4;
$o->d['x']['y'] ??= 1;
$p = new stdClass;
$p->b['q'] = 4;
var_dump($o);
--EXPECTF--

Deprecated: Creation of dynamic property C::$b is deprecated in %s on line 4

Deprecated: Creation of dynamic property C::$c is deprecated in %s on line 5

Deprecated: Creation of dynamic property C::$d is deprecated in %s on line 6
object(C)#1 (3) {
  ["b"]=>
  array(1) {
    ["q"]=>
    int(4)
  }
  ["c"]=>
  array(1) {
    [0]=>
    int(4)
  }
  ["d"]=>
  array(1) {
    ["x"]=>
    array(1) {
      ["y"]=>
      int(1)
    }
  }
}
