--TEST--
First-class callable syntax on expressions: $f(...), 'name'(...), [$o, 'm'](...), invokable objects, closures
--FILE--
<?php
class K { function m($x) { return "m$x"; } static function s($x) { return "s$x"; } function __invoke($x) { return "i$x"; } }
$o = new K; $name = 'm';
$cb = fn($x) => "cb$x";
$f1 = $cb(...); var_dump($f1 instanceof Closure, $f1(1));
$f2 = 'strtoupper'(...); var_dump($f2('a'));
$s = 'strrev'; $f3 = $s(...); var_dump($f3('abc'));
$f4 = $o->$name(...); var_dump($f4(2));
$f5 = [$o, 'm'](...); var_dump($f5(3));
$f6 = $o(...); var_dump($f6(4));
$st = 'K::s'; $f7 = $st(...); var_dump($f7(5));
$f8 = (fn($y) => $y * 2)(...); var_dump($f8(21));
$arr = ['k' => 'ucfirst']; $f9 = $arr['k'](...); var_dump($f9('abc'));
var_dump((new K)->m(...)(6));
--EXPECT--
bool(true)
string(3) "cb1"
string(1) "A"
string(3) "cba"
string(2) "m2"
string(2) "m3"
string(2) "i4"
string(2) "s5"
int(42)
string(3) "Abc"
string(2) "m6"
