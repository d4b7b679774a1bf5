--TEST--
evaluator fast paths: element writes through references, numeric element updates, isset chains, numeric edge cases, property slots
--FILE--
<?php
// Element writes through references and copy-on-write.
$a = [1, 2, 3];
$b = $a;
$a[] = 4;
$a[0] = 10;
var_dump($a, $b);
$r = &$a[1];
$a[1] = 20;
var_dump($r);
$c = $a;
$c[1] = 30;
var_dump($a[1], $r);
foreach ($a as &$v) { $v *= 2; }
unset($v);
$a[] = 99;
$a["k"] = "s";
var_dump($a);
// Next index occupied.
$m = [PHP_INT_MAX => 1];
try { $m[] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
// Numeric element updates.
$n = ['x' => 1, 'y' => 1.5, 'z' => PHP_INT_MAX, 's' => "5"];
$n['x'] += 2;
$n['y'] *= 2;
$n['z'] += 1;
$n['s'] += 1;
$n['x']++;
$n['z']--;
$n['q'] ??= 7;
var_dump($n);
$g = [[1, 2], [3, 4]];
$g[1][0] -= 0.5;
$g[0][1] <<= 3;
$g[0][0] /= 2;
$g[1][1] %= 3;
var_dump($g);
try { $g[0][1] %= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
// isset on chains.
$h = ['a' => ['b' => null, 'c' => 0], 1 => 'str'];
var_dump(isset($h['a']), isset($h['a']['b']), isset($h['a']['c']), isset($h['x']['y']), isset($h[1][0]), isset($h[1][5]), isset($undef['k']), isset($h["1"]));
$k = 1.7;
var_dump(isset($h[$k]));
$ref = &$h['a'];
var_dump(isset($h['a']['c']), isset($ref['c']));
// Numeric expressions: overflow, division, mixed types, negation.
$i = PHP_INT_MAX; $j = 1; $f = 0.5;
var_dump($i + $j, $i * 2, -$i - 2, 7 / 2, 6 / 3, $i % -1, $j - $f, $f < $j, $j == 1.0, $j === 1.0, 1 <=> 2.5);
$z = 0;
try { echo 1 % $z; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
var_dump(intdiv(7, 2), 1 << 65 === 0);
// Undefined variables still warn.
$u = $nope + 1;
$arr = [1];
$w = $arr[3] ?? 'dflt';
$x = $arr[3] + 1;
var_dump($u, $w, $x);
// Property fast paths.
class P {
    public int $t = 0;
    public $u;
    private $p = 1;
    public readonly int $ro;
    function __construct() { $this->ro = 5; }
    function set($v) { $this->t = $v; $this->u = $v; $this->p = $v; return $this->p; }
    function bump() { try { $this->ro = 6; } catch (Error $e) { echo $e->getMessage(), "\n"; } }
}
$o = new P;
var_dump($o->set("12"), $o->t, $o->u);
try { $o->set("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$o->bump();
try { echo $o->p; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$q = new P;
$alias = &$q->u;
$q->set(3);
var_dump($alias);
--EXPECTF--
array(4) {
  [0]=>
  int(10)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(20)
int(30)
int(30)
array(6) {
  [0]=>
  int(20)
  [1]=>
  &int(60)
  [2]=>
  int(6)
  [3]=>
  int(8)
  [4]=>
  int(99)
  ["k"]=>
  string(1) "s"
}
Error: Cannot add element to the array as the next element is already occupied
array(5) {
  ["x"]=>
  int(4)
  ["y"]=>
  float(3)
  ["z"]=>
  float(9.223372036854776E+18)
  ["s"]=>
  int(6)
  ["q"]=>
  int(7)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    float(0.5)
    [1]=>
    int(16)
  }
  [1]=>
  array(2) {
    [0]=>
    float(2.5)
    [1]=>
    int(1)
  }
}
Modulo by zero
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 43
bool(true)
bool(true)
bool(true)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
float(-9.223372036854776E+18)
float(3.5)
int(2)
int(0)
float(0.5)
bool(true)
bool(true)
bool(false)
int(-1)
Modulo by zero
int(3)
bool(true)

Warning: Undefined variable $nope in %s on line 53

Warning: Undefined array key 3 in %s on line 56
int(1)
string(4) "dflt"
int(1)
string(2) "12"
int(12)
string(2) "12"
Cannot assign string to property P::$t of type int
Cannot modify readonly property P::$ro
Cannot access private property P::$p
int(3)
