--TEST--
var_dump shows & on a property only while its reference is shared
--FILE--
<?php
class B { public $p; public $q = 5; }
$o = new B; $x = &$o->q; var_dump($o); unset($x); var_dump($o);
$o2 = new B;
foreach ($o2->p as &$v) {}
var_dump($o2);
$o3 = new B; $o3->dyn = 1; $y = &$o3->dyn; var_dump($o3); unset($y); var_dump($o3);
$o4 = new B; $o4->q = [1, 2]; foreach ($o4->q as &$e) {} var_dump($o4); unset($e); var_dump($o4);
print_r($o); echo "\n"; var_export($o); echo "\n";
--EXPECTF--
object(B)#1 (2) {
  ["p"]=>
  NULL
  ["q"]=>
  &int(5)
}
object(B)#1 (2) {
  ["p"]=>
  NULL
  ["q"]=>
  int(5)
}

Warning: foreach() argument must be of type array|object, null given in %s on line 5
object(B)#2 (2) {
  ["p"]=>
  NULL
  ["q"]=>
  int(5)
}

Deprecated: Creation of dynamic property B::$dyn is deprecated in %s on line 7
object(B)#3 (3) {
  ["p"]=>
  NULL
  ["q"]=>
  int(5)
  ["dyn"]=>
  &int(1)
}
object(B)#3 (3) {
  ["p"]=>
  NULL
  ["q"]=>
  int(5)
  ["dyn"]=>
  int(1)
}
object(B)#4 (2) {
  ["p"]=>
  NULL
  ["q"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    &int(2)
  }
}
object(B)#4 (2) {
  ["p"]=>
  NULL
  ["q"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
B Object
(
    [p] => 
    [q] => 5
)

\B::__set_state(array(
   'p' => NULL,
   'q' => 5,
))
