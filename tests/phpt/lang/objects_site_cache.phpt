--TEST--
Member access sites: lookups follow the object's class and the calling scope
--FILE--
<?php
// One access site meeting objects of several classes, and one method body run with
// several class scopes: every lookup must follow the object's class and the caller's scope.
class A {
    public $p = 'A::p';
    private $q = 'A::q';
    public function who() { return 'A'; }
    private function priv() { return 'A::priv'; }
    public function readQ($o) { return $o->q; }
    public function callPriv($o) { return $o->priv(); }
    public function readP($o) { return $o->p; }
}
class B extends A {
    public $p = 'B::p';
    private $q = 'B::q';
    public function who() { return 'B'; }
    private function priv() { return 'B::priv'; }
    public function readQB($o) { return $o->q; }
}
class C {
    public $p = 'C::p';
    public function who() { return 'C'; }
    public function __get($n) { return "C::__get($n)"; }
}
class D {
    public function __call($n, $a) { return "D::__call($n)"; }
}
$objs = [new A, new B, new C, new A, new D, new B];
foreach ($objs as $o) {
    echo $o->who(), " ", isset($o->p) ? $o->p : '-', "\n";
}
$a = new A; $b = new B;
foreach ([$a, $b, $a, $b] as $o) {
    echo $a->readQ($o), " ", $a->callPriv($o), " | ";
    try { echo $b->readQB($o), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
// The same site from global scope: private access fails, then succeeds for public.
foreach ([$a, new C] as $o) {
    try { echo $o->q, "\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
foreach ([$a, new C, $a] as $o) {
    try { echo $o->priv(), "\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
// A closure body rebound to different scopes.
$read = function ($o) { return $o->q; };
foreach ([A::class, B::class, A::class] as $scope) {
    $f = Closure::bind($read, null, $scope);
    foreach ([$a, $b] as $o) {
        try { echo $scope, ": ", $f($o), "\n"; } catch (Error $e) { echo $scope, ": ", $e->getMessage(), "\n"; }
    }
}
// A slot unset after the site resolved it: __get takes over; undefined warns.
$c = new C;
for ($i = 0; $i < 3; $i++) {
    echo $c->p, "\n";
    if ($i == 1) unset($c->p);
}
$x = new A;
for ($i = 0; $i < 3; $i++) {
    echo var_export(@$x->p, true), "\n";
    if ($i == 0) unset($x->p);
}
echo $x->p ?? 'unset', "\n";
// Typed and readonly properties through a warmed-up site.
class T {
    public int $n = 0;
    public function __construct(public readonly int $r = 1) {}
    public function set($v) { $this->n = $v; return $this->n; }
    public function bump() { $this->n++; return $this->n; }
    public function setR($v) { $this->r = $v; }
}
$t = new T;
foreach ([1, 2, "3", 4.0, "x"] as $v) {
    try { var_dump($t->set($v)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$t->n = PHP_INT_MAX;
try { $t->bump(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $t->setR(5); } catch (Error $e) { echo $e->getMessage(), "\n"; }
// Arithmetic straight on properties, with non-numbers and references.
class P { public $x = 2; public $y = 3.5; }
$p = new P;
$r = &$p->x;
for ($i = 0; $i < 3; $i++) {
    echo $p->x + $p->y * 2, " ", $p->x * $i, "\n";
    $r = $i == 0 ? "7" : [1];
    if ($i == 1) { try { echo $p->x + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } break; }
}
// Methods overridden and static methods through one site.
class S1 { public static function m() { return static::class; } }
class S2 extends S1 {}
foreach ([new S1, new S2, new S1] as $o) echo $o->m(), "\n";
abstract class Ab { abstract public function f(); public function g() { return $this->f(); } }
class Co extends Ab { public function f() { return 'Co::f'; } }
class Co2 extends Ab { public function f() { return 'Co2::f'; } }
foreach ([new Co, new Co2, new Co] as $o) echo $o->g(), "\n";
--EXPECT--
A A::p
B B::p
C C::p
A A::p
D::__call(who) -
B B::p
A::q A::priv | Cannot access private property A::$q
A::q A::priv | B::q
A::q A::priv | Cannot access private property A::$q
A::q A::priv | B::q
Error: Cannot access private property A::$q
C::__get(q)
Error: Call to private method A::priv() from global scope
Error: Call to undefined method C::priv()
Error: Call to private method A::priv() from global scope
A: A::q
A: A::q
B: B: Cannot access private property A::$q
B: B::q
A: A::q
A: A::q
C::p
C::p
C::__get(p)
'A::p'
NULL
NULL
unset
int(1)
int(2)
int(3)
int(4)
Cannot assign string to property T::$n of type int
TypeError: Cannot increment property T::$n of type int past its maximal value
Cannot modify readonly property T::$r
9 0
14 7
Unsupported operand types: array + int
S1
S2
S1
Co::f
Co2::f
Co::f
