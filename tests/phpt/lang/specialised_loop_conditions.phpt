--TEST--
Compiled if/while/for: int conditions tested in line (each comparison each way round, other operand types, PHP_INT_MAX bounds) and one-statement bodies (fall-backs, undefined variables, destructors)
--FILE--
<?php
// Conditions of compiled if/while/for tested in line (an int local against an int literal
// or another int local, every comparison each way round) and bodies of one compiled
// statement: other operand types, undefined variables, references, bounds at PHP_INT_MAX,
// fall-backs of the one statement, destructors it releases.
class D { public function __construct(public int $n) {} public function __destruct() { echo "~{$this->n} "; } }
function shapes($a, $b) {
    $r = [];
    if ($a < 3) { $r[] = "a<3"; } else { $r[] = "!a<3"; }
    if ($a <= 3) { $r[] = "a<=3"; } else { $r[] = "!a<=3"; }
    if ($a > 3) { $r[] = "a>3"; } else { $r[] = "!a>3"; }
    if ($a >= 3) { $r[] = "a>=3"; } else { $r[] = "!a>=3"; }
    if (3 < $a) { $r[] = "3<a"; } else { $r[] = "!3<a"; }
    if (3 <= $a) { $r[] = "3<=a"; } else { $r[] = "!3<=a"; }
    if (3 > $a) { $r[] = "3>a"; } else { $r[] = "!3>a"; }
    if (3 >= $a) { $r[] = "3>=a"; } else { $r[] = "!3>=a"; }
    if ($a < $b) { $r[] = "a<b"; } else { $r[] = "!a<b"; }
    if ($a <= $b) { $r[] = "a<=b"; } else { $r[] = "!a<=b"; }
    if ($a > $b) { $r[] = "a>b"; } else { $r[] = "!a>b"; }
    if ($a >= $b) { $r[] = "a>=b"; } else { $r[] = "!a>=b"; }
    echo implode(" ", $r), "\n";
}
foreach ([[2, 3], [3, 3], [4, 3], [3, 2], [2.5, 3], [3.0, 3], ["3", 3], ["4", "10"], [null, 0], [true, 3], [3, 3.5], ["abc", 3], [[1], 3]] as [$a, $b]) {
    echo var_export($a, true), " ", var_export($b, true), ": ";
    shapes($a, $b);
}
function limits($x) {
    $r = [];
    if ($x <= PHP_INT_MAX) { $r[] = "le-max"; }
    if ($x > PHP_INT_MAX) { $r[] = "gt-max"; }
    if ($x >= PHP_INT_MIN) { $r[] = "ge-min"; }
    if ($x < PHP_INT_MIN) { $r[] = "lt-min"; }
    if (PHP_INT_MAX >= $x) { $r[] = "max-ge"; }
    if ($x <= -1) { $r[] = "le-neg"; }
    echo implode(" ", $r), "\n";
}
limits(PHP_INT_MAX);
limits(PHP_INT_MIN);
limits(0);
limits(-1);
limits(1.0e30);
// Loops counting with conditions on ints that change type or become references.
function counting() {
    $n = 3;
    for ($i = 0; $i < $n; $i++) { echo $i; }
    echo "\n";
    for ($i = 0; $i < 3; $i += 0.5) { echo $i, " "; }
    echo "\n";
    $k = 0;
    while ($k < 5) $k += 2;
    echo $k, "\n";
    $k = "1";
    while ($k < 4) $k++;
    var_dump($k);
    $m = 0;
    $ref = &$m;
    while ($m < 3) $ref++;
    echo $m, "\n";
    $lim = 2;
    $lr = &$lim;
    for ($j = 0; $j < $lim; $j++) { echo "j$j "; $lr = 4; }
    echo "\n";
    for ($i = 10; $i >= 7; $i--) $t = $i * 2;
    echo $t, "\n";
    for ($i = 0; $i < 3; $i++) $u[] = $i;
    echo implode(",", $u), "\n";
}
counting();
// Undefined variables in conditions and one-statement bodies.
function undefined() {
    $c = 0;
    while ($c < $nope) $c++;
    echo "c=$c\n";
    if ($missing > 0) $x = 1; else $x = 2;
    echo "x=$x\n";
    for ($i = 0; $i < 2; $i++) $s += $i;
    echo "s=$s\n";
}
undefined();
// One-statement bodies whose fast path declines (strings, overflow, division by zero).
function declines() {
    $a = "5";
    for ($i = 0; $i < 2; $i++) $a += 1;
    var_dump($a);
    $b = PHP_INT_MAX - 1;
    for ($i = 0; $i < 3; $i++) $b += 1;
    var_dump($b);
    $v = 1;
    if ($v > 0) $w = $v % 1; else $w = 0;
    var_dump($w);
    try {
        for ($i = 0; $i < 2; $i++) $q = $i % 0;
    } catch (DivisionByZeroError $e) {
        echo get_class($e), ": ", $e->getMessage(), " at line ", $e->getLine(), "\n";
    }
    $o = new D(1);
    for ($i = 0; $i < 2; $i++) $o = $i;
    echo "after loop\n";
    $p = new D(2);
    if ($i > 0) $p = 5; else $p = 6;
    echo "after if\n";
    $z = "x";
    if ($i < 3) $z .= "y";
    echo $z, "\n";
}
declines();
echo "done\n";
--EXPECTF--
2 3: a<3 a<=3 !a>3 !a>=3 !3<a !3<=a 3>a 3>=a a<b a<=b !a>b !a>=b
3 3: !a<3 a<=3 !a>3 a>=3 !3<a 3<=a !3>a 3>=a !a<b a<=b !a>b a>=b
4 3: !a<3 !a<=3 a>3 a>=3 3<a 3<=a !3>a !3>=a !a<b !a<=b a>b a>=b
3 2: !a<3 a<=3 !a>3 a>=3 !3<a 3<=a !3>a 3>=a !a<b !a<=b a>b a>=b
2.5 3: a<3 a<=3 !a>3 !a>=3 !3<a !3<=a 3>a 3>=a a<b a<=b !a>b !a>=b
3.0 3: !a<3 a<=3 !a>3 a>=3 !3<a 3<=a !3>a 3>=a !a<b a<=b !a>b a>=b
'3' 3: !a<3 a<=3 !a>3 a>=3 !3<a 3<=a !3>a 3>=a !a<b a<=b !a>b a>=b
'4' '10': !a<3 !a<=3 a>3 a>=3 3<a 3<=a !3>a !3>=a a<b a<=b !a>b !a>=b
NULL 0: a<3 a<=3 !a>3 !a>=3 !3<a !3<=a 3>a 3>=a !a<b a<=b !a>b a>=b
true 3: !a<3 a<=3 !a>3 a>=3 !3<a 3<=a !3>a 3>=a !a<b a<=b !a>b a>=b
3 3.5: !a<3 a<=3 !a>3 a>=3 !3<a 3<=a !3>a 3>=a a<b a<=b !a>b !a>=b
'abc' 3: !a<3 !a<=3 a>3 a>=3 3<a 3<=a !3>a !3>=a !a<b !a<=b a>b a>=b
array (
  0 => 1,
) 3: !a<3 !a<=3 a>3 a>=3 3<a 3<=a !3>a !3>=a !a<b !a<=b a>b a>=b
le-max ge-min max-ge
le-max ge-min max-ge le-neg
le-max ge-min max-ge
le-max ge-min max-ge le-neg
gt-max ge-min
012
0 0.5 1 1.5 2 2.5 
6
int(4)
3
j0 j1 j2 j3 
14
0,1,2

Warning: Undefined variable $nope in %s on line 72
c=0

Warning: Undefined variable $missing in %s on line 74
x=2

Warning: Undefined variable $s in %s on line 76
s=1
int(7)
float(9.223372036854776E+18)
int(0)
DivisionByZeroError: Modulo by zero at line 92
~1 after loop
~2 after if
xy
done
