--TEST--
magic methods
--FILE--
<?php
class Magic {
    private array $data = ['a' => 1];
    public $real = 'r';
    public function __get($n) { echo "__get($n)\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "__set($n)\n"; $this->data[$n] = $v; }
    public function __isset($n) { echo "__isset($n)\n"; return isset($this->data[$n]); }
    public function __unset($n) { echo "__unset($n)\n"; unset($this->data[$n]); }
    public function __call($m, $args) { return "$m(" . count($args) . ")"; }
    public static function __callStatic($m, $args) { return "static $m"; }
    public function __toString(): string { return "Magic!"; }
    public function __invoke($x) { return $x * 2; }
}
$m = new Magic;
var_dump($m->a, $m->real);
$m->b = 5;
var_dump(isset($m->b), isset($m->zz), empty($m->a));
unset($m->b);
var_dump($m->foo(1, 2), Magic::bar(), "$m", $m . "", $m(21), strlen($m));
$m->data = 'x';
var_dump(is_callable($m));
class NoStr {}
try { echo new NoStr; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $x = "a" . new NoStr; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Cl { public $o; public $arr = [1]; function __construct() { $this->o = new stdClass; $this->o->v = 1; } function __clone() { echo "cloning\n"; $this->o = clone $this->o; } }
$c1 = new Cl; $c2 = clone $c1; $c2->o->v = 2; $c2->arr[] = 2;
var_dump($c1->o->v, $c2->o->v, count($c1->arr));
try { clone 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
__get(a)
int(1)
string(1) "r"
__set(b)
__isset(b)
__isset(zz)
__isset(a)
__get(a)
bool(true)
bool(false)
bool(false)
__unset(b)
string(6) "foo(2)"
string(10) "static bar"
string(6) "Magic!"
string(6) "Magic!"
int(42)
int(6)
__set(data)
bool(true)
Error: Object of class NoStr could not be converted to string
Object of class NoStr could not be converted to string
cloning
int(1)
int(2)
int(1)
__clone method called on non-object
