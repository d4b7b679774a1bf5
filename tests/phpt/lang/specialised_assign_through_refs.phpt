--TEST--
$x = $a op $b; statements over references (by-reference foreach, =&, global, captures) retried through the references, with their fall-backs
--FILE--
<?php
// `$x = $a op $b;` statements whose operands or target hold references (by-reference
// foreach, =&, global, by-reference captures): the retry through references and its
// fall-backs to the general path.
function byref() {
    $l = [1, 2.5, PHP_INT_MAX, "7", "x", null, true, [1]];
    foreach ($l as $k => &$v) {
        try {
            $v = $v * 2;
        } catch (Throwable $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    unset($v);
    var_dump($l);
    $m = [10, 20, 30];
    foreach ($m as &$v) {
        $v = 100 - $v;
        $w = $v + $v;
        echo $w, " ";
    }
    echo "\n";
    var_dump($m);
    $copy = $m;
    foreach ($m as &$v) {
        $v = $v % 7;
    }
    unset($v);
    var_dump($m, $copy);
}
byref();

function refs() {
    $a = 5;
    $b = &$a;
    $c = $b * 3;         // operand through a reference
    var_dump($c);
    $b = $b - 1;         // target and operand the same reference
    var_dump($a, $b);
    $t = 0;
    $r = &$t;
    $r = $a / 2;         // target a reference, operands plain
    var_dump($t);
    $z = &$a;
    try {
        $q = $z % 0;
    } catch (DivisionByZeroError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        $q = $z / 0;
    } catch (DivisionByZeroError $e) {
        echo $e->getMessage(), "\n";
    }
    $u = &$undef;
    $q = $u + 1;
    var_dump($q);
    $big = PHP_INT_MAX;
    $bb = &$big;
    $bb = $bb + 1;
    var_dump($big);
    $s = "12abc";
    $sr = &$s;
    $q = $sr + 1;
    var_dump($q);
}
refs();

$g = 4;
function globals_() {
    global $g;
    $g = $g << 2;
    $h = 1 - $g;
    var_dump($g, $h);
}
globals_();

$n = 3;
$inc = function () use (&$n) {
    $n = $n * $n;
    return $n;
};
var_dump($inc(), $inc(), $n);

class D { public function __destruct() { echo "destroyed\n"; } }
$o = new D;
$p = &$o;
$p = 2 + 3;            // the object's last handle released by the store
echo "after\n";
var_dump($o);
--EXPECTF--
TypeError: Unsupported operand types: string * int
TypeError: Unsupported operand types: array * int
array(8) {
  [0]=>
  int(2)
  [1]=>
  float(5)
  [2]=>
  float(1.8446744073709552E+19)
  [3]=>
  int(14)
  [4]=>
  string(1) "x"
  [5]=>
  int(0)
  [6]=>
  int(2)
  [7]=>
  array(1) {
    [0]=>
    int(1)
  }
}
180 160 140 
array(3) {
  [0]=>
  int(90)
  [1]=>
  int(80)
  [2]=>
  &int(70)
}
array(3) {
  [0]=>
  int(6)
  [1]=>
  int(3)
  [2]=>
  &int(0)
}
array(3) {
  [0]=>
  int(90)
  [1]=>
  int(80)
  [2]=>
  &int(0)
}
int(15)
int(4)
int(4)
int(2)
Modulo by zero
Division by zero
int(1)
float(9.223372036854776E+18)

Warning: A non-numeric value encountered in %s on line 64
int(13)
int(16)
int(-15)
int(9)
int(81)
int(81)
destroyed
after
int(5)
