--TEST--
compile-time specialised arithmetic, comparisons and element updates fall back to the general semantics
--FILE--
<?php
// Specialised numeric nodes falling back to the general semantics.
function f() {
    $a = 5;
    $x = $a + $undef1;              // undefined variable warning
    var_dump($x);
    $s = "12";
    $y = $s * 2 + 1;                // numeric string
    var_dump($y);
    $t = "abc";
    try { $z = $t - 1; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $w = "3 apples";
    $v = $w + 1;                    // leading-numeric warning
    var_dump($v);
    $big = PHP_INT_MAX;
    $o = $big + 1;                  // overflow to float
    var_dump($o);
    $m = PHP_INT_MIN;
    var_dump(-$m);
    $i = PHP_INT_MAX;
    $i++;
    var_dump($i);
    $j = PHP_INT_MIN;
    $j--;
    var_dump($j);
    $d = 0;
    try { $q = 10 / $d; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
    try { $q = 10 % $d; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
    $fl = 7.5;
    var_dump($fl % 2);
    var_dump($fl | 1);
    var_dump(1 << 65, 1 >> -0 );
    try { var_dump(1 << -1); } catch (ArithmeticError $e) { echo $e->getMessage(), "\n"; }
    $n = null;
    $n += 2;
    var_dump($n);
    $u += 3;                        // undefined in op-assign
    var_dump($u);
    $k++;                           // undefined ++
    var_dump($k);
    $b = true;
    $b++;
    var_dump($b);
    $str = "a";
    $str++;
    var_dump($str);
    var_dump(1 < "2", "10" < "9", 1.0 === 1, 1 == 1.0, 1 <=> 2, NAN == NAN, $undef2 < 1);
    $r = 1;
    $ref = &$r;
    $ref += 5;
    $r = $r * 2;
    $ref++;
    var_dump($r, $ref);
}
f();
// Elements.
$a = [1, 2.5, "3", [10, 20], null];
$a[0] += 1;
$a[1] *= 2;
$a[2] += 1;
$a[3][1] -= 5;
$a[4] += 1;
$a[9] += 1;                         // missing key warning
$a["0"]++;
$a[3][0]++;
$a[3][7]++;
$i = 1;
$a[$i + 1] *= 10;
var_dump($a);
$copy = $a;
$copy[3][1] += 100;                 // copy-on-write separation
var_dump($a[3][1], $copy[3][1]);
$g = [[1.5, 2], [3, 4]];
$sum = 0;
for ($x = 0; $x < 2; $x++) {
    for ($y = 0; $y < 2; $y++) {
        $sum += $g[$x][$y] * 2 - $g[$y][$x];
    }
}
var_dump($sum);
$e = [PHP_INT_MAX];
$e[0]++;
var_dump($e);
$z = ['k' => 1];
$rz = &$z['k'];
$z['k'] += 2;
$z['k']++;
var_dump($z, $rz);
$f = [1.5 => 3];
$fk = 1.5;
var_dump($f[$fk] + 1);
echo "done\n";
--EXPECTF--

Warning: Undefined variable $undef1 in %s on line 5
int(5)
int(25)
TypeError: Unsupported operand types: string - int

Warning: A non-numeric value encountered in %s on line 13
int(4)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
Division by zero
Modulo by zero

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 30
int(1)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 31
int(7)
int(0)
int(1)
Bit shift by negative number
int(2)

Warning: Undefined variable $u in %s on line 37
int(3)

Warning: Undefined variable $k in %s on line 39
int(1)
bool(true)
string(1) "b"

Warning: Undefined variable $undef2 in %s on line 47
bool(true)
bool(false)
bool(false)
bool(true)
int(-1)
bool(false)
bool(true)
int(13)
int(13)

Warning: Undefined array key 9 in %s on line 63

Warning: Undefined array key 7 in %s on line 66
array(6) {
  [0]=>
  int(3)
  [1]=>
  float(5)
  [2]=>
  int(40)
  [3]=>
  array(3) {
    [0]=>
    int(11)
    [1]=>
    int(15)
    [7]=>
    int(1)
  }
  [4]=>
  int(1)
  [9]=>
  int(1)
}
int(15)
int(115)
float(10.5)
array(1) {
  [0]=>
  float(9.223372036854776E+18)
}
array(1) {
  ["k"]=>
  &int(4)
}
int(4)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 89

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 91
int(4)
done
