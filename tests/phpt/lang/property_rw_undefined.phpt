--TEST--
Read-write property access: on non-objects, on undefined properties (deprecation before the warning), with __set only
--FILE--
<?php
class K { public $a = 1; function f() { $this->undef++; var_dump($this->undef); } }
(new K)->f();
$n = null;
try { $n->q++; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { --$n->q; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$arr = [];
try { $arr->q++; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$s = "str";
try { $s->q--; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $n->q .= 'x'; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $n->q += 1; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$o = new stdClass; $o->c++; var_dump($o);
$o2 = new stdClass; $o2->s .= 'x'; $o2->t += 2; var_dump($o2);
class R { function g() { $this->m .= 'a'; $this->m .= 'b'; return $this->m; } } var_dump((new R)->g());
readonly class RO { public function __construct(public int $x = 1) {} function h() { $this->y++; } }
try { (new RO)->h(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class WithSet { public function __set($n, $v) { echo "__set($n)\n"; } } $w = new WithSet; $w->z++;
--EXPECTF--
Deprecated: Creation of dynamic property K::$undef is deprecated in %s on line 2

Warning: Undefined property: K::$undef in %s on line 2
int(1)
Error: Attempt to increment/decrement property "q" on null
Error: Attempt to increment/decrement property "q" on null
Error: Attempt to increment/decrement property "q" on array
Error: Attempt to increment/decrement property "q" on string
Error: Attempt to assign property "q" on null
Error: Attempt to assign property "q" on null

Warning: Undefined property: stdClass::$c in %s on line 13
object(stdClass)#1 (1) {
  ["c"]=>
  int(1)
}

Warning: Undefined property: stdClass::$s in %s on line 14

Warning: Undefined property: stdClass::$t in %s on line 14
object(stdClass)#3 (2) {
  ["s"]=>
  string(1) "x"
  ["t"]=>
  int(2)
}

Deprecated: Creation of dynamic property R::$m is deprecated in %s on line 15

Warning: Undefined property: R::$m in %s on line 15
string(2) "ab"
Cannot create dynamic property RO::$y

Deprecated: Creation of dynamic property WithSet::$z is deprecated in %s on line 18

Warning: Undefined property: WithSet::$z in %s on line 18
