--TEST--
numeric expressions over properties: declared, typed, private, magic, references, strings
--FILE--
<?php
// Numeric expressions over properties: declared, typed, private, magic, references,
// uninitialised, strings — all must behave as the ordinary evaluation.
class V { public $x; public $y; private $s = 3;
    public function __construct($x, $y) { $this->x = $x; $this->y = $y; }
    public function dot(V $o) { return $this->x * $o->x + $this->y * $o->y; }
    public function sum() { return $this->x + $this->y - $this->s; }
    public function cmp(V $o) { return $this->x < $o->x; } }
class M { private $hidden = 4; public $dyn;
    public function __get($n) { echo "get $n\n"; return 2; } }
class T { public int $i; public ?float $f = null; }
function outer(V $v) { return $v->x * 2 + $v->y; }
$a = new V(1, 2);
$b = new V(3.5, -4);
var_dump($a->dot($b), $a->sum(), $a->cmp($b), outer($a), outer($b));
$s = new V("3", "4 apples");
try { var_dump($s->dot($a)); } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
$n = new V(null, true);
var_dump($n->dot($a));
$arr = new V([1], 2);
try { var_dump($arr->dot($a)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$r = new V(5, 6);
$z = 100;
$r->x = &$z;
var_dump($r->dot($a));
$z = 1;
var_dump($r->dot($a));
$m = new M();
var_dump($m->hidden * 2 + 1);
unset($m->dyn);
var_dump($m->dyn + 1);
$t = new T();
try { var_dump($t->i + 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($t->f * 2);
$t->i = PHP_INT_MAX;
var_dump($t->i + 1);
$u = new V(1, 2);
unset($u->y);
var_dump($u->x + $u->y);
$q = 5;
var_dump($q->x + 1);
$big = new V(PHP_INT_MAX, 1);
var_dump($big->x + $big->y, $big->x * 2, -$big->x);
for ($i = 0; $i < 3; $i++) {
    $o = $i % 2 ? new V($i, $i) : new M();
    var_dump($o->x + 1);
}
try { var_dump($a->x / 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
float(-4.5)
int(0)
bool(true)
int(4)
float(3)

Warning: A non-numeric value encountered in %s on line 6
int(11)
int(2)
TypeError: Unsupported operand types: array * int
int(112)
int(13)
get hidden
int(5)
get dyn
int(3)
Typed property T::$i must not be accessed before initialization
int(0)
float(9.223372036854776E+18)

Warning: Undefined property: V::$y in %s on line 39
int(1)

Warning: Attempt to read property "x" on int in %s on line 41
int(1)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-9223372036854775807)
get x
int(3)
int(2)
get x
int(3)
Division by zero
