--TEST--
named calls of plain-parameter functions: the direct path and its fall-backs
--FILE--
<?php
// Named calls of functions with plain parameters take a direct path; these exercise its
// fall-backs and the checks it must keep.
function add($a, $b) { return $a + $b; }
function twice($x) { return add($x, $x) * 2; }
function noret($x) { $y = $x; }
function withdef($a, $b = 10) { return $a + $b; }
function byref(&$x) { $x++; return $x; }
function typed(int $x): int { return $x * 3; }
function ret_typed($x): int { return $x; }
function counts($a) { return func_num_args() . ':' . implode(',', func_get_args()); }
function variadic($a, ...$rest) { return $a + count($rest); }

echo add(2, 3), " ", twice(4), "\n";
var_dump(noret(1));
echo withdef(1), " ", withdef(1, 2), "\n";
$v = 5;
echo byref($v), " ", $v, "\n";
echo typed("7"), "\n";
echo counts(1, 2, 3), "\n";          // extra arguments
echo add(b: 1, a: 2), "\n";           // named arguments
echo add(...[4, 5]), "\n";            // spread
echo variadic(1, 2, 3), "\n";
echo add(PHP_INT_MAX, 1), "\n";       // overflow to float
echo add("3", "4.5"), "\n";           // numeric strings
echo add([1], [2, 3]) == [1, 3] ? "arrays\n" : "no\n";
try {
    echo add(1, "x"), "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
try {
    echo add(1), "\n";                // too few
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo ret_typed("abc"), "\n";
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo ret_typed("12"), "\n";
try {
    echo undefined_fn(1), "\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
function thrower($x) {
    if ($x > 2) {
        throw new RuntimeException("deep $x");
    }
    return thrower($x + 1) + 1;
}
try {
    thrower(0);
} catch (RuntimeException $e) {
    echo $e->getMessage(), " at line ", $e->getLine(), "\n";
    echo $e->getTraceAsString(), "\n";
}
function tr($n) {
    if ($n == 0) {
        return count(debug_backtrace());
    }
    return tr($n - 1) + 0;
}
echo tr(3), "\n";
function warn($a) { return $a + $undefined; }
echo warn(1), "\n";
function arg_warn($a) { return $a; }
echo arg_warn($nope), "\n";
class D { function __destruct() { echo "destruct\n"; } }
function mk($x) { $d = new D; return $x + 1; }
echo mk(1), "\n";
function keep($o) { return 5; }
echo keep(new D), "\n";
echo "after\n";
function rec($n) { return $n <= 0 ? 0 : rec($n - 1) + 1; }
echo rec(1000), "\n";
--EXPECTF--
5 16
NULL
11 3
6 6
21
3:1,2,3
3
9
3
9.2233720368548E+18
7.5
arrays
TypeError: Unsupported operand types: int + string line 4
Too few arguments to function add(), 1 passed in %s on line 33 and exactly 2 expected
ret_typed(): Return value must be of type int, string returned
12
Call to undefined function undefined_fn()
deep 3 at line 50
#0 %s(52): thrower(3)
#1 %s(52): thrower(2)
#2 %s(52): thrower(1)
#3 %s(55): thrower(0)
#4 {main}
4

Warning: Undefined variable $undefined in %s on line 67
1

Warning: Undefined variable $nope in %s on line 70

destruct
2
destruct
5
after
1000
