--TEST--
closure calls with plain parameters: the direct path and its fall-backs
--FILE--
<?php
// Closure calls `$f(...)` with plain parameters take a direct path; its fall-backs.
$k = 3;
$mul = function ($x) use ($k) { return $x * $k; };
$calls = 0;
$count = function ($x) use (&$calls) { $calls++; return $x & 1; };
$add = fn($a, $b) => $a + $b;
echo $mul(5), " ", $count(3), $count(4), " ", $calls, " ", $add(2, 3), "\n";
echo $add(b: 1, a: 10), " ", $add(...[1, 2]), "\n";
try {
    echo $add(1), "\n";
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
$extra = function ($a) { return func_get_args(); };
echo implode(",", $extra(1, 2, 3)), "\n";
$ref = function (&$x) { $x .= "!"; };
$s = "hi";
$ref($s);
echo $s, "\n";
$typed = fn(int $x): string => $x * 2;
var_dump($typed("4"));
class C {
    private $v = 7;
    function get() { return function ($d) { return $this->v + $d; }; }
    static function sget() { return static function ($d) { return static::class . $d; }; }
}
$g = (new C)->get();
echo $g(1), "\n";
$sg = C::sget();
echo $sg("x"), "\n";
$gen = function ($n) { for ($i = 0; $i < $n; $i++) { yield $i; } };
foreach ($gen(3) as $v) { echo $v; }
echo "\n";
$thrower = function ($x) { throw new LogicException("bad $x"); };
try {
    $thrower(1);
} catch (LogicException $e) {
    echo $e->getMessage(), " line ", $e->getLine(), "\n";
    echo $e->getTraceAsString(), "\n";
}
$rec = function ($n) use (&$rec) { return $n <= 0 ? 0 : $rec($n - 1) + 2; };
echo $rec(50), "\n";
$w = function ($a) { return $a + $nothing; };
echo $w(1), "\n";
$compose = fn($f, $g) => fn($x) => $f($g($x));
$h = $compose(fn($x) => $x + 1, fn($x) => $x * 2);
echo $h(5), "\n";
$bt = function () { return count(debug_backtrace()); };
echo $bt(), "\n";
echo (function ($a, $b) { return $a <=> $b; })(2, 1), "\n";
class Inv { function __invoke($x) { return "inv $x"; } }
$inv = new Inv;
echo $inv(1), "\n";
$str = 'strtoupper';
echo $str("abc"), "\n";
$native = Closure::fromCallable('strrev');
echo $native("abc"), "\n";
$fromuser = Closure::fromCallable('cmp2');
function cmp2($a, $b) { return $a - $b; }
echo $fromuser(5, 3), "\n";
$notcallable = 42;
try {
    $notcallable(1);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    $undefinedClosure(1);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$selfreplace = function ($x) use (&$selfreplace) { $selfreplace = null; return $x * 2; };
echo $selfreplace(21), "\n";
var_dump($selfreplace);
--EXPECTF--
15 10 2 5
11 3
Too few arguments to function {closure}(), 1 passed in %s on line 11 and exactly 2 expected
1,2,3
hi!
string(1) "8"
8
Cx
012
bad 1 line 35
#0 %s(37): {closure}(1)
#1 {main}
100

Warning: Undefined variable $nothing in %s on line 44
1
11
1
1
inv 1
ABC
cba
2
Value of type int is not callable

Warning: Undefined variable $undefinedClosure in %s on line 69
Value of type null is not callable
42
NULL
