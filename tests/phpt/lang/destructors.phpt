--TEST--
destructors
--FILE--
<?php
class D { public function __construct(public string $n) { echo "ctor {$this->n}\n"; } public function __destruct() { echo "dtor {$this->n}\n"; } }
function scope() { $d = new D("local"); echo "in scope\n"; }
scope();
echo "after scope\n";
$a = new D("a");
$a = null;
echo "after null\n";
$b = new D("b");
$b = new D("b2");
echo "after reassign\n";
$c = new D("c");
unset($c);
echo "after unset\n";
new D("temp");
echo "after temp\n";
$x = new D("x"); $y = $x; unset($x); echo "still referenced\n"; unset($y);
$arr = [new D("in array")]; $arr = [];
echo "array cleared\n";
$g1 = new D("global1");
$g2 = new D("global2");
function f() { return new D("returned"); }
f();
echo "end of script\n";
--EXPECTF--
ctor local
in scope
dtor local
after scope
ctor a
dtor a
after null
ctor b
ctor b2
dtor b
after reassign
ctor c
dtor c
after unset
ctor temp
dtor temp
after temp
ctor x
still referenced
dtor x
ctor in array
dtor in array
array cleared
ctor global1
ctor global2
ctor returned
dtor returned
end of script
dtor global2
dtor global1
dtor b2
