--TEST--
new: constructors that only copy parameters into properties, and every reason to run them as calls
--FILE--
<?php
// Constructors that only copy parameters into properties, with every reason to take
// the ordinary call path: coercion, type errors, readonly, shadowed privates, references,
// destructors of arguments, object ids.
class P { public $x; public $y;
    public function __construct($x, $y) { $this->x = $x; $this->y = $y; } }
class Promo { public function __construct(public int $a, protected float $b, private ?string $c = null) {}
    public function get() { return [$this->a, $this->b, $this->c]; } }
class Twice { public $p; public $q;
    public function __construct($v) { $this->p = $v; $this->q = $v; } }
class Typed { public int $n;
    public function __construct($n) { $this->n = $n; } }
class Ro { public function __construct(public readonly array $list) {} }
class Base { private $v = 'base';
    public function __construct($v) { $this->v = $v; }
    public function baseV() { return $this->v; } }
class Child extends Base { public $v = 'child'; }
class D { public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; } }
class Holder { public $d; public $unused;
    public function __construct($d, $unused) { $this->d = $d; } }
class Empty0 { public function __construct() {} }
class Deflt { public $a = [1, 2]; public function __construct($a) { $this->a = $a; } }

for ($i = 0; $i < 3; $i++) {
    $p = new P($i, $i * 1.5);
    var_dump($p, spl_object_id($p));
    $t = new Twice([$i]);
    var_dump($t->p === $t->q);
}
$pr = new Promo(1, 2, "c");
var_dump($pr->get());
$pr = new Promo(1, 2);
var_dump($pr->get());
try { new Promo("x", 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
for ($i = 0; $i < 2; $i++) {
    $ty = new Typed(5);
    var_dump($ty->n);
    $ty = new Typed("7");
    var_dump($ty->n);
    try { new Typed("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    $ty = new Typed(2.0);
    var_dump($ty->n);
}
for ($i = 0; $i < 2; $i++) {
    $r = new Ro([$i]);
    var_dump($r->list);
    try { $r->__construct([9]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
for ($i = 0; $i < 2; $i++) {
    $c = new Child("x$i");
    var_dump($c->v, $c->baseV());
}
for ($i = 0; $i < 2; $i++) {
    $h = new Holder(new D("kept$i"), new D("temp$i"));
    echo "made holder $i\n";
}
$h = null;
echo "after holders\n";
$e0 = new Empty0();
var_dump($e0 instanceof Empty0);
try { new Empty0(1, 2); echo "extra args ok\n"; } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
$x = 10;
$ref = &$x;
$p = new P($ref, $x);
$x = 11;
var_dump($p->x, $p->y);
$d1 = new Deflt([3]);
$d2 = new Deflt(null);
var_dump($d1->a, $d2->a);
function f($n) { return new P($n, new D("arg$n")); }
for ($i = 0; $i < 2; $i++) { $o = f($i); echo "f $i\n"; }
$o = null;
echo "done\n";
--EXPECTF--
object(P)#1 (2) {
  ["x"]=>
  int(0)
  ["y"]=>
  float(0)
}
int(1)
bool(true)
object(P)#3 (2) {
  ["x"]=>
  int(1)
  ["y"]=>
  float(1.5)
}
int(3)
bool(true)
object(P)#2 (2) {
  ["x"]=>
  int(2)
  ["y"]=>
  float(3)
}
int(2)
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  float(2)
  [2]=>
  string(1) "c"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  float(2)
  [2]=>
  NULL
}
TypeError: Promo::__construct(): Argument #1 ($a) must be of type int, string given, called in %s on line 35
int(5)
int(7)
Cannot assign string to property Typed::$n of type int
int(2)
int(5)
int(7)
Cannot assign string to property Typed::$n of type int
int(2)
array(1) {
  [0]=>
  int(0)
}
Cannot modify readonly property Ro::$list
array(1) {
  [0]=>
  int(1)
}
Cannot modify readonly property Ro::$list
string(5) "child"
string(2) "x0"
string(5) "child"
string(2) "x1"
destroy temp0
made holder 0
destroy temp1
destroy kept0
made holder 1
destroy kept1
after holders
bool(true)
extra args ok
int(10)
int(10)
array(1) {
  [0]=>
  int(3)
}
NULL
f 0
destroy arg0
f 1
destroy arg1
done
