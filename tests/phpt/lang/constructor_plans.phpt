--TEST--
new: per-class constructor plans (shared parent constructors, typed parameters, coercions, trait constructors, failing arguments)
--FILE--
<?php
// Constructors run from a per-class plan: a parent constructor shared by subclasses that
// see different slots, typed parameters that are not stored, coercions after the plan is
// made, constructors with other locals, trait constructors, failing argument evaluation.
class Base { private $v = 'base'; public $w = 'w';
    public function __construct($v, $w) { $this->v = $v; $this->w = $w; }
    public function baseV() { return $this->v; } }
class ChildA extends Base { public $v = 'a'; }
class ChildB extends Base { public $extra = 1; }
for ($i = 0; $i < 3; $i++) {
    foreach ([new Base("b$i", $i), new ChildA("a$i", $i), new ChildB("c$i", $i)] as $o) {
        echo get_class($o), " ", $o->baseV(), " ", $o->w, " ", $o->v ?? '-', "\n";
    }
}
class T { public $a;
    public function __construct($a, int $unused) { $this->a = $a; } }
for ($i = 0; $i < 3; $i++) {
    $t = new T($i, $i);
    echo $t->a, "\n";
}
try { new T(1, "zz"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t = new T(1, "5");
echo $t->a, "\n";
$t = new T(2, 5.0);
echo $t->a, "\n";
class F { public float $f; public ?int $n = null;
    public function __construct($f, $n) { $this->f = $f; $this->n = $n; } }
for ($i = 0; $i < 3; $i++) {
    $f = new F(1.5, $i);
    var_dump($f);
}
$f = new F(5, null);
var_dump($f);
try { new F(1.0, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new F([], 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class L { public $a;
    public function __construct($a) { $b = $a * 2; $this->a = $b; } }
for ($i = 0; $i < 2; $i++) { var_dump((new L($i))->a); }
trait Init { public function __construct($x) { $this->x = $x; } }
class UsesTrait { use Init; public $x = 0; }
for ($i = 0; $i < 3; $i++) { var_dump((new UsesTrait($i))->x); }
class Two { public $a; public $b;
    public function __construct($a, $b) { $this->a = $a; $this->b = $b; } }
function boom() { throw new Exception("boom"); }
for ($i = 0; $i < 2; $i++) {
    $ok = new Two(1, 2);
    try { new Two(new Two(3, 4), boom()); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
    $after = new Two(5, 6);
    var_dump(spl_object_id($ok), spl_object_id($after));
}
class Dyn { public $a;
    public function __construct($a, $b) { $this->a = $a; $this->b = $b; } }
for ($i = 0; $i < 2; $i++) { var_dump(new Dyn($i, $i + 1)); }
class Rev { public $a; public $b;
    public function __construct($a, $b) { $this->b = $b; $this->a = $a; } }
for ($i = 0; $i < 2; $i++) { var_dump(new Rev([$i], "s$i")); }
class Sub extends Two { }
for ($i = 0; $i < 2; $i++) { var_dump(new Sub($i, -$i)); }
echo "done\n";
--EXPECTF--
Base b0 0 -
ChildA a0 0 a
ChildB c0 0 -
Base b1 1 -
ChildA a1 1 a
ChildB c1 1 -
Base b2 2 -
ChildA a2 2 a
ChildB c2 2 -
0
1
2
T::__construct(): Argument #2 ($unused) must be of type int, string given, called in %s on line 21
1
2
object(F)#1 (2) {
  ["f"]=>
  float(1.5)
  ["n"]=>
  int(0)
}
object(F)#5 (2) {
  ["f"]=>
  float(1.5)
  ["n"]=>
  int(1)
}
object(F)#1 (2) {
  ["f"]=>
  float(1.5)
  ["n"]=>
  int(2)
}
object(F)#5 (2) {
  ["f"]=>
  float(5)
  ["n"]=>
  NULL
}
Cannot assign string to property F::$n of type ?int
Cannot assign array to property F::$f of type float
int(0)
int(2)
int(0)
int(1)
int(2)
boom
int(6)
int(1)
boom
int(4)
int(8)

Deprecated: Creation of dynamic property Dyn::$b is deprecated in %s on line 52
object(Dyn)#1 (2) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(1)
}

Deprecated: Creation of dynamic property Dyn::$b is deprecated in %s on line 52
object(Dyn)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
object(Rev)#1 (2) {
  ["a"]=>
  array(1) {
    [0]=>
    int(0)
  }
  ["b"]=>
  string(2) "s0"
}
object(Rev)#1 (2) {
  ["a"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["b"]=>
  string(2) "s1"
}
object(Sub)#1 (2) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(0)
}
object(Sub)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(-1)
}
done
