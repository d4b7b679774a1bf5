--TEST--
Quiet property reads (??): inaccessible, uninitialised, unset and undefined properties, __isset before __get
--FILE--
<?php
class A { private $v = 1; public int $t;
  public function __isset($n) { echo "isset $n\n"; return $n === 'v'; }
  public function __get($n) { echo "get $n\n"; return "magic $n"; } }
class B { private $v = 1; protected $p = 2; public int $t; public $n = null; }
class C { private $v = 1; public function __get($n) { echo "get $n\n"; return null; } }
$b = new B;
var_dump($b->v ?? 'dflt', $b->p ?? 'dp', $b->t ?? 'dt', $b->n ?? 'dn', $b->zz ?? 'dz');
$a = new A;
var_dump($a->v ?? 'dflt', $a->w ?? 'dw');
unset($b->n);
var_dump($b->n ?? 'unset n');
var_dump($b?->v ?? 'nullsafe', $b->v->w ?? 'chain', $b->zz['k'] ?? 'dim');
try { echo $b->zz; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$c = new C;
var_dump($c->v ?? 'dc');
var_dump(isset($b->v), isset($b->t));
class D { private $v = 1; public function test($o) { return $o->v ?? 'none'; } }
var_dump((new D)->test(new B), (new D)->test(new D));
try { var_dump($b->t); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump($b->v); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(4) "dflt"
string(2) "dp"
string(2) "dt"
string(2) "dn"
string(2) "dz"
isset v
get v
isset w
string(7) "magic v"
string(2) "dw"
string(7) "unset n"
string(8) "nullsafe"
string(5) "chain"
string(3) "dim"

Warning: Undefined property: B::$zz in %s on line 14
get v
string(2) "dc"
bool(false)
bool(false)
string(4) "none"
int(1)
Typed property B::$t must not be accessed before initialization
Cannot access private property B::$v
