--TEST--
compiled return statements, return f() op g() and their fall-backs
--FILE--
<?php
// `return <expr>;` compiled, including `return f(..) op g(..);` with its fall-backs.
function one() { return 1; }
function s($x) { return $x; }
function sum2($a, $b) { return s($a) + s($b); }
function diff2($a, $b) { return s($a) - $b; }
function prod2($a, $b) { return $a * s($b); }
function nothing() { return; }
function noexpr() { }
echo sum2(1, 2), " ", diff2(10, 3), " ", prod2(4, 5), "\n";
var_dump(sum2(1.5, 2), sum2(PHP_INT_MAX, 1), diff2(PHP_INT_MIN, 1), prod2(PHP_INT_MAX, 2));
var_dump(sum2("5", "6"), sum2("1.5", 1), sum2(null, true));
var_dump(sum2([1, 2], [3, 4, 5]));
try {
    var_dump(sum2([1], 1));
} catch (TypeError $e) {
    echo $e->getMessage(), " line ", $e->getLine(), "\n";
}
var_dump(sum2("3 apples", 1));
try {
    var_dump(prod2("x", 2));
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(nothing(), noexpr(), one());
function &refret() { static $v = 10; return $v; }
$r = &refret();
$r++;
echo refret(), "\n";
function typed_ret($a): int { return s($a) + s(1); }
var_dump(typed_ret(2));
try {
    var_dump(typed_ret(1.5));
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function gen_ret() { yield 1; return s(2) + s(3); }
$g = gen_ret();
foreach ($g as $v) {}
echo $g->getReturn(), "\n";
function cmp($a, $b) { return $a <=> $b; }
function lt($a, $b) { return $a < $b; }
var_dump(cmp(1, 2), cmp(2.5, 2.5), cmp(3, 1.5), cmp("b", "a"), cmp([1, 2], [1, 3]), cmp(NAN, 1), cmp(1, NAN));
var_dump(lt(1, 2), lt("10", "9"), lt("abc", "abd"), lt(null, -1), lt(2.5, 2));
var_dump(cmp($undef1, 0));
var_dump(lt(1, $undef2));
echo "top\n";
return s(1) + s(2);
echo "not reached\n";
--EXPECTF--
3 7 20
float(3.5)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
int(11)
float(2.5)
int(1)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(5)
}
Unsupported operand types: array + int line 5

Warning: A non-numeric value encountered in %s on line 5
int(4)
Unsupported operand types: string * int
NULL
NULL
int(1)
11
int(3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 30
int(2)
5
int(-1)
int(0)
int(1)
int(1)
int(-1)
int(1)
int(1)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)

Warning: Undefined variable $undef1 in %s on line 45
int(0)

Warning: Undefined variable $undef2 in %s on line 46
bool(false)
top
