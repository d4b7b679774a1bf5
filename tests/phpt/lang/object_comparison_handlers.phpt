--TEST--
Comparing objects: enums and closures are not comparable (first-class callables of the same function are equal), objects against numbers and arrays
--FILE--
<?php
enum E { case A; case B; }
foreach ([true, false, 1, "A", null, E::A, E::B] as $i => $v) {
    echo $i, ": ", var_export(E::A == $v, true), " ", var_export($v == E::A, true), " ", E::A <=> $v, " ", $v <=> E::A, "\n";
}
$f = function () {};
foreach ([true, false, 1, null, $f] as $i => $v) {
    echo $i, ": ", var_export($f == $v, true), " ", $f <=> $v, " ", $v <=> $f, "\n";
}
class K { function m() {} static function s() {} }
$k = new K; $k2 = new K;
$a = strlen(...); $b = strlen(...); $c = Closure::fromCallable('strlen');
var_dump($a == $b, $a == $c, $a <=> $b, strlen(...) == strtoupper(...));
var_dump($k->m(...) == $k->m(...), $k->m(...) == $k2->m(...), K::s(...) == K::s(...), Closure::fromCallable([$k, 'm']) == $k->m(...));
$mk = function () { return function () {}; };
var_dump($mk() == $mk());
$o = new stdClass;
var_dump([] <=> $o, $o <=> [], [1] == $o, $o == 1.0, 2.5 <=> $o, $o <=> 0, $o == "1", $o == null, $o == false);
var_dump(in_array(1, [$o]), array_search(0, [$o]));
class T2 { function __toString(): string { return "5"; } }
$t = new T2;
var_dump($t == 5, $t == "5", $t <=> 6, max($t, 3));
var_dump(1 < $o, $o > 0.5);
--EXPECTF--
0: false false 1 1
1: false false 1 1
2: false false 1 1
3: false false 1 1
4: false false 1 -1
5: true true 0 0
6: false false 1 1
0: true 0 0
1: false 1 -1
2: 
Notice: Object of class Closure could not be converted to int in %s on line 8
true 
Notice: Object of class Closure could not be converted to int in %s on line 8
0 
Notice: Object of class Closure could not be converted to int in %s on line 8
0
3: false 1 -1
4: true 0 0
bool(true)
bool(true)
int(0)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)

Notice: Object of class stdClass could not be converted to float in %s on line 18

Notice: Object of class stdClass could not be converted to float in %s on line 18

Notice: Object of class stdClass could not be converted to int in %s on line 18
int(-1)
int(1)
bool(false)
bool(true)
int(1)
int(1)
bool(false)
bool(false)
bool(false)

Notice: Object of class stdClass could not be converted to int in %s on line 19

Notice: Object of class stdClass could not be converted to int in %s on line 19
bool(true)
bool(false)

Notice: Object of class T2 could not be converted to int in %s on line 22

Notice: Object of class T2 could not be converted to int in %s on line 22

Notice: Object of class T2 could not be converted to int in %s on line 22
bool(false)
bool(true)
int(-1)
int(3)

Notice: Object of class stdClass could not be converted to int in %s on line 23

Notice: Object of class stdClass could not be converted to float in %s on line 23
bool(false)
bool(true)
