--TEST--
An inherited private property is undefined (then dynamic) for code outside its declaring class
--FILE--
<?php
class P { private $p = 1; private $q = 'q'; function getP() { return $this->p; } }
class C extends P { function f() { return $this->p; } function g() { $this->p = 5; return $this->p; } }
$c = new C;
var_dump($c->f());
var_dump(isset($c->q), property_exists($c, 'q'));
var_dump($c->g(), $c->getP());
var_dump($c);
var_dump($c->p);
try { var_dump((new P)->p); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class MyEx extends Exception { function t() { return $this->trace ?? 'no trace here'; } }
$e = new MyEx("m");
var_dump($e->t(), $e->getMessage(), count($e->getTrace()));
?>
--EXPECTF--
Warning: Undefined property: C::$p in %s on line 3
NULL
bool(false)
bool(false)

Deprecated: Creation of dynamic property C::$p is deprecated in %s on line 3
int(5)
int(1)
object(C)#1 (3) {
  ["p":"P":private]=>
  int(1)
  ["q":"P":private]=>
  string(1) "q"
  ["p"]=>
  int(5)
}
int(5)
Cannot access private property P::$p
string(13) "no trace here"
string(1) "m"
int(0)
