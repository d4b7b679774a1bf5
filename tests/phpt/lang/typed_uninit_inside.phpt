--TEST--
Typed properties emptied by unset() inside the class, private ones, clones, untyped ones, ++ on an uninitialised one
--FILE--
<?php
class A {
    public int $x;
    private int $p;
    public $u = 1;
    public function __get($n) { echo "__get($n)\n"; return 42; }
    public function __set($n, $v) { echo "__set($n)\n"; }
    public function __isset($n) { echo "__isset($n)\n"; return true; }
    public function __unset($n) { echo "__unset($n)\n"; }
    public function inside() {
        var_dump(isset($this->x));
        try { var_dump($this->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
        unset($this->x);
        var_dump($this->x);
        $this->x = 3;
        var_dump($this->x);
        unset($this->p);
        $this->p = 4;
        var_dump($this->p);
    }
}
$a = new A;
$a->inside();
$c = new A;
unset($c->x);
$d = clone $c;
var_dump($d->x);
var_dump(isset($c->p));
var_dump($c->p);
unset($c->u);
var_dump($c->u);
$c->u = 5;
var_dump($c->u);
var_dump(empty($a->x), $a->x ?? "d");
$e = new A;
var_dump(empty($e->x));
$e->x++;
--EXPECTF--
bool(false)
Typed property A::$x must not be accessed before initialization
__get(x)
int(42)
__set(x)
__get(x)
int(42)
__set(p)
__get(p)
int(42)
__get(x)
int(42)
__isset(p)
bool(true)
__get(p)
int(42)
__get(u)
int(42)
__set(u)
__get(u)
int(42)
__isset(x)
__get(x)
__isset(x)
__get(x)
bool(false)
int(42)
bool(true)

Fatal error: Uncaught Error: Typed property A::$x must not be accessed before initialization in %s:37
Stack trace:
#0 {main}
  thrown in %s on line 37
