--TEST--
Method calls through the site memo: typed arguments and coercion, returns (void, never, by reference, coerced), static and late static binding, named arguments, traces, destructor timing
--FILE--
<?php
// Method calls through the call site's memo: argument types, returns, $this/static, traces.
class Num {
    public function __construct(public int $v) {}
    public function __destruct() { echo "free ", $this->v, "\n"; }
}
class A {
    public static function make(): static { return new static(); }
    public function who() { return static::class; }
    public function add(int $a, float $b) { return $a + $b; }
    public function obj(A $o): A { return $o; }
    public function ret(): int { return "12"; }
    public function nothing(): void { }
    public function nullable(?A $x): ?A { return $x; }
    public function pair($a, $b) { return func_get_args(); }
    public function stat() { return isset($this) ? "this" : "no this"; }
    public static function st($x) { return "static " . $x; }
    public function &ref() { static $s = 1; return $s; }
    public function never(): never { }
    public function trace($x) { return (new Exception("t"))->getTraceAsString(); }
    public function take(Num $n) { echo "in take ", $n->v, "\n"; return $n->v; }
}
class B extends A {}
$a = new A();
$b = new B();
for ($i = 0; $i < 3; $i++) {
    echo $a->who(), " ", $b->who(), "\n";
    var_dump($a->add(2, 3));
    var_dump($a->add("4", 1));
    var_dump($a->add(1.0, 2));
    var_dump($a->obj($b) === $b);
    var_dump($a->ret());
    var_dump($a->nothing());
    var_dump($a->nullable(null), $a->nullable($b) === $b);
    var_dump($a->pair(1, 2));
    var_dump($b->st(5));
    $r = &$a->ref();
    $r++;
    var_dump($a->ref());
    echo $a->trace(7), "\n";
    foreach ([$a, $b, $a] as $o) {
        echo $o->who(), $o->stat(), " ";
    }
    $x = B::make();
    echo get_class($x), "\n";
}
try {
    $a->add("x", 1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $a->obj(new Num(1));
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $a->add(1, b: 2, c: 3);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($a->add(b: 1.5, a: 2));
try {
    $a->never();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
// An object freed while the arguments are evaluated is destroyed before the call.
$n = new Num(5);
echo $a->take(($n = new Num(6)) ?: null), "\n";
echo "after\n";
$n = null;
echo "end\n";
--EXPECTF--
A B
float(5)
float(5)
float(3)
bool(true)
int(12)
NULL
NULL
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(8) "static 5"
int(2)
#0 %s(40): A->trace(7)
#1 {main}
Athis Bthis Athis B
A B
float(5)
float(5)
float(3)
bool(true)
int(12)
NULL
NULL
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(8) "static 5"
int(3)
#0 %s(40): A->trace(7)
#1 {main}
Athis Bthis Athis B
A B
float(5)
float(5)
float(3)
bool(true)
int(12)
NULL
NULL
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(8) "static 5"
int(4)
#0 %s(40): A->trace(7)
#1 {main}
Athis Bthis Athis B
A::add(): Argument #1 ($a) must be of type int, string given, called in %s on line 48
A::obj(): Argument #1 ($o) must be of type A, Num given, called in %s on line 53
free 1
Error: Unknown named parameter $c
float(3.5)
A::never(): never-returning function must not implicitly return
free 5
in take 6
6
after
free 6
end
