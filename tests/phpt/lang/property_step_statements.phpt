--TEST--
$this->p++ / $local->p-- statements: the in-place path and its fall-backs (types, readonly, magic, references, visibility)
--FILE--
<?php
class C {
    public $a = 0;
    public int $n = PHP_INT_MAX - 1;
    public ?int $m = null;
    public float $f = 1.5;
    public $s = "a9";
    private $p = 10;
    public readonly int $r;
    public function __construct() { $this->r = 1; }
    public function bump() { $this->p++; $this->p--; $this->p++; return $this->p; }
    public function stepAll() {
        $this->a++;
        $this->a--;
        $this->a++;
        $this->n++;
        try { $this->n++; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
        $this->m++;
        $this->f++;
        $this->s++;
        try { $this->r++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    }
}
$c = new C;
$c->stepAll();
var_dump($c);
echo $c->bump(), "\n";
try { $c->p++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$c->a++;
$c->a--;
$x = 5;
$c->a = &$x;
$c->a++;
$c->a++;
var_dump($x);
class M {
    private $data = ['v' => 1];
    public function __get($k) { echo "get $k\n"; return $this->data[$k]; }
    public function __set($k, $v) { echo "set $k\n"; $this->data[$k] = $v; }
    public function go() { $this->v++; }
}
$m = new M;
$m->go();
$m->v++;
$m->go();
class D { public $z = 0; public function __destruct() { echo "D gone\n"; } }
class H { public $k = 0; public function run() { for ($i = 0; $i < 3; $i++) { $this->k++; } return $this->k; } }
$h = new H;
echo $h->run(), " ", $h->run(), "\n";
$d = new D;
$d->z++;
$d->z--;
$d = 1;
echo "after\n";
$d++;
function f() { $o = new H; $o->k++; $o->k++; return $o->k; }
echo f(), "\n";
class Sub extends C { public function more() { $this->a++; return $this->a; } }
$s = new Sub;
echo $s->more(), $s->more(), "\n";
$c->stepAll();
var_dump($c->a, $c->m, $c->s);
--EXPECTF--
TypeError: Cannot increment property C::$n of type int past its maximal value
Error: Cannot modify readonly property C::$r
object(C)#1 (7) {
  ["a"]=>
  int(1)
  ["n"]=>
  int(9223372036854775807)
  ["m"]=>
  int(1)
  ["f"]=>
  float(2.5)
  ["s"]=>
  string(2) "b0"
  ["p":"C":private]=>
  int(10)
  ["r"]=>
  int(1)
}
11
Cannot access private property C::$p
int(7)
get v
set v
get v
set v
get v
set v
3 6
D gone
after
2
12

Fatal error: Uncaught TypeError: Cannot increment property C::$n of type int past its maximal value in %s:16
Stack trace:
#0 %s(61): C->stepAll()
#1 {main}
  thrown in %s on line 16
