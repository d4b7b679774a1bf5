--TEST--
closures callables
--FILE--
<?php
class Calc {
    private $base = 10;
    public function adder(): Closure { return function ($x) { return $this->base + $x; }; }
    public function arrow(): Closure { return fn($x) => $this->base * $x; }
    public static function sq($x) { return $x * $x; }
    public function m($x) { return "m$x"; }
}
$c = new Calc;
var_dump($c->adder()(5), $c->arrow()(3));
var_dump(call_user_func([$c, 'm'], 1), call_user_func('Calc::sq', 4), call_user_func(['Calc', 'sq'], 5));
$first = $c->m(...); var_dump($first(2));
$static = Calc::sq(...); var_dump($static(6));
$fnName = 'strlen'; var_dump($fnName('four'));
$y = 5; $arrowCapture = fn() => $y * 2; $y = 100; var_dump($arrowCapture());
$counter = function () { static $n = 0; return ++$n; };
$counter(); var_dump($counter());
$compose = fn(callable ...$fs) => fn($x) => array_reduce_x($fs, $x);
function array_reduce_x($fs, $x) { foreach ($fs as $f) $x = $f($x); return $x; }
var_dump($compose(fn($x) => $x + 1, fn($x) => $x * 10)(1));
var_dump(is_callable('strlen'), is_callable('nope_fn'), is_callable([$c, 'm']), is_callable(fn() => 1));
try { call_user_func('nope_fn'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $u = 'nope_fn'; $u(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
var_dump(fact(20), fact(21));
$rec = function ($n) use (&$rec) { return $n == 0 ? 0 : $n + $rec($n - 1); };
var_dump($rec(100));
--EXPECTF--
int(15)
int(30)
string(2) "m1"
int(16)
int(25)
string(2) "m2"
int(36)
int(4)
int(10)
int(2)
int(20)
bool(true)
bool(false)
bool(true)
bool(true)
call_user_func(): Argument #1 ($callback) must be a valid callback, function "nope_fn" not found or invalid function name
Call to undefined function nope_fn()
int(2432902008176640000)
float(5.109094217170944E+19)
int(5050)
