--TEST--
fused numeric closures (an operator over locals/literals inside another operator, a comparison or an assignment) fall back with PHP's results and diagnostics
--FILE--
<?php
// `$x = ($a op $b) op $c`, `($a op $b) cmp $c`, `$a * $b + $c * $d` compute the inner operator
// in the same closure; every operand kind and failure must give what the general path gives.
function fused($a, $b, $c) {
    $x = $a * $b + $c;
    $y = $c - $a * $b;
    $z = 2.0 * $a * $b + $c;
    $w = $a * $a + $b * $b;
    $v = ($a + 1) % 7 + $c;
    $u = 10 / $a - $b;
    $lt = $a * $b < $c;
    $ge = $a + $b >= $c * 2;
    $eq = $a - $b == $c;
    $id = $a * $b === $c;
    return [$x, $y, $z, $w, $v, $u, $lt, $ge, $eq, $id];
}
function show($r) {
    foreach ($r as $v) { echo var_export($v, true), " "; }
    echo "\n";
}
show(fused(3, 4, 5));
show(fused(1.5, 2, 0.25));
show(fused(2, 3, 6));
show(fused(2, 3.0, 6));
show(fused(PHP_INT_MAX, 2, 1));
show(fused(-PHP_INT_MAX, 3, -5));
show(fused(PHP_INT_MAX, 1, PHP_INT_MAX));
show(fused("3", "4", "5"));
show(fused("2.5", 2, "1e1"));
show(fused(true, 2, null));
try { show(fused(0, 1, 2)); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { show(fused("abc", 1, 2)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { show(fused([1], 1, 2)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
show(fused("5 apples", 1, 2));

// Operands through references and undefined ones.
function refs() {
    $a = 3; $b = 4; $c = 5;
    $ra = &$a;
    $x = $a * $b + $c;
    $ra = 2.5;
    $y = $a * $b + $c;
    $lt = $a + $b < $c;
    echo "$x $y ", var_export($lt, true), "\n";
    $x = $q * $b + $c;
    $t = $b * $q > 1;
    echo "$x ", var_export($t, true), "\n";
}
refs();

// The target of the fused assignment through a reference, holding a string, an array, an object.
class D { public function __destruct() { echo "destroyed "; } }
function targets() {
    $a = 1.5; $b = 2; $c = 3;
    $t = 0; $r = &$t;
    $t = $a * $b + $c;
    echo $r, "\n";
    $s = "str"; $s = $a * $b + $c; var_dump($s);
    $arr = [1]; $arr = $c - $a * $b; var_dump($arr);
    $o = new D; $o = $a * $a + $b * $b; echo "after "; var_dump($o);
}
targets();

// In loops, with the types changing from one iteration to the next.
function mixed_loop() {
    $vals = [1, 2.5, "3", PHP_INT_MAX, -1, 0.0, "4.5", true];
    $acc = 0;
    foreach ($vals as $i => $v) {
        $x = $v * 2 + $i;
        $y = $i - $v * 3;
        $big = $v + $v > 4;
        $acc = $acc * 0.5 + $x - $y;
        echo var_export($x, true), " ", var_export($y, true), " ", var_export($big, true), "\n";
    }
    echo $acc, "\n";
    $zr = 0.0; $zi = 0.0; $k = 0;
    while ($k < 50) {
        $zr2 = $zr * $zr;
        $zi2 = $zi * $zi;
        if ($zr2 + $zi2 > 4.0) { break; }
        $zi = 2.0 * $zr * $zi + 0.3;
        $zr = $zr2 - $zi2 + -0.7;
        $k++;
    }
    echo "$k $zr $zi\n";
}
mixed_loop();
--EXPECTF--
17 -7 29.0 25 9 -0.6666666666666665 false false false false 

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 9
3.25 -2.75 6.25 6.25 2.25 4.666666666666667 false true false false 
12 0 18.0 13 9 2 false false false true 
12.0 0.0 18.0 13.0 9 2.0 false false false false 

Deprecated: Implicit conversion from float 9.223372036854776E+18 to int loses precision in %s on line 9
1.8446744073709552E+19 -1.8446744073709552E+19 3.6893488147419103E+19 8.507059173023462E+37 0 -2.0 false true false false 
-2.7670116110564327E+19 2.7670116110564327E+19 -5.5340232221128655E+19 8.507059173023462E+37 -11 -3.0 true false false false 

Deprecated: Implicit conversion from float 9.223372036854776E+18 to int loses precision in %s on line 9
1.8446744073709552E+19 0 2.7670116110564327E+19 8.507059173023462E+37 9223372036854775806 -1.0 false false false true 
17 -7 29.0 25 9 -0.6666666666666665 false false false false 

Deprecated: Implicit conversion from float 3.5 to int loses precision in %s on line 9
15.0 5.0 20.0 10.25 13.0 2.0 true false false false 
2 -2 4.0 5 2 8 false true false false 
DivisionByZeroError: Division by zero
TypeError: Unsupported operand types: string * int
TypeError: Unsupported operand types: array * int

Warning: A non-numeric value encountered in %s on line 5

Warning: A non-numeric value encountered in %s on line 6

Warning: A non-numeric value encountered in %s on line 7

Warning: A non-numeric value encountered in %s on line 8

Warning: A non-numeric value encountered in %s on line 8

Warning: A non-numeric value encountered in %s on line 9

Warning: A non-numeric value encountered in %s on line 10

Warning: A non-numeric value encountered in %s on line 11

Warning: A non-numeric value encountered in %s on line 12

Warning: A non-numeric value encountered in %s on line 13

Warning: A non-numeric value encountered in %s on line 14
7 -3 12.0 26 8 1 false true false false 
17 15 false

Warning: Undefined variable $q in %s on line 45

Warning: Undefined variable $q in %s on line 46
5 false
6
float(6)
float(0)
destroyed after float(6.25)
2 -3 false
6.0 -6.5 true
8 -7 true
1.8446744073709552E+19 -2.7670116110564327E+19 true
2 7 false
5.0 5.0 false
15.0 -7.5 true
9 4 false
2.8823037615171E+18
24 -1.0582104849748 2.8405131286785
