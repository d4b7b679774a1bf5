--TEST--
closure calls in conditions, assignments and returns; by-reference counters; element stores from elements
--FILE--
<?php
// Closure calls in conditions, assignments and returns; by-reference counters.
class D { public function __construct(public $n) {} public function __destruct() { echo "~D{$this->n} "; } }
$calls = 0;
$count = function ($x) use (&$calls) { $calls++; return $x & 1; };
$down = function () use (&$calls) { $calls--; --$calls; return ++$calls; };
echo $count(3), $count(4), " ", $calls, " ", $down(), " ", $calls, "\n";
$big = PHP_INT_MAX;
$inc = function () use (&$big) { $big++; return $big; };
var_dump($inc());
$str = "a";
$sinc = function () use (&$str) { $str++; return $str; };
echo $sinc(), $sinc(), "\n";
$nul = null;
$ninc = function () use (&$nul) { $nul--; $r1 = $nul; $nul++; return [$r1, $nul]; };
var_dump($ninc());
function byref(&$v) { $v++; return $v; }
$q = 5;
echo byref($q), $q, "\n";
// comparisons of call results
$cmp = function ($a, $b) { return $a <=> $b; };
$s = [3, 1, 2];
echo $cmp($s[0], $s[1]) <= 0 ? "le" : "gt", " ", $cmp(1, 1) == 0 ? "eq" : "ne", "\n";
$fcmp = fn($a, $b) => $a - $b;
if ($fcmp(1.5, 1) > 0) { echo "float gt\n"; }
if ($fcmp(1, 1.5) < 0.0) { echo "float lt\n"; }
$strret = fn() => "10";
if ($strret() <= 9) { echo "wrong\n"; } else { echo "string 10 > 9\n"; }
if ($strret() == "1e1") { echo "numeric eq\n"; }
$nullret = function () {};
if ($nullret() < 1) { echo "null < 1\n"; }
if ($nullret() != false) { echo "wrong\n"; } else { echo "null == false\n"; }
$arrret = fn() => [1];
if ($arrret() > 5) { echo "array > int\n"; }
$thrower = function ($x) { throw new RuntimeException("no $x"); };
try {
    if ($thrower(7) <= 0) { echo "unreached\n"; }
} catch (RuntimeException $e) {
    echo $e->getMessage(), " line ", $e->getLine(), "\n";
}
$named = 'abs';
if ($named(-3) >= 3) { echo "native callee\n"; }
try {
    if ($undefinedcallee(1) < 2) { echo "x\n"; }
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$lt = function ($a, $b) { return $a < $b; };
$small = [5, 3, 4, 1, 2];
for ($i = 1; $i < 5; $i++) {
    $v = $small[$i];
    $j = $i - 1;
    while ($j >= 0 && $lt($v, $small[$j])) {
        $small[$j + 1] = $small[$j];
        $j--;
    }
    $small[$j + 1] = $v;
}
echo implode(",", $small), "\n";
// element stores from elements
$src = [1, 'two', [3], new D(1), 5.5, null, true];
$dst = [];
for ($i = 0; $i < 8; $i++) {
    $dst[] = $src[$i];
}
echo count($dst), " ";
var_dump($dst[5], $dst[6], $dst[7]);
$src[3] = null;
echo "after unset src[3]\n";
$dst = null;
echo "\n";
$x = 10;
$withref = [0, 0];
$withref[1] = &$x;
$copy = [];
$copy[] = $withref[1];
$copy[] = $withref[0];
$x = 11;
echo $copy[0], $copy[1], $withref[1], "\n";
$self = [1, 2];
$self[] = $self[0];
$self[5] = $self[1];
$self[] = $self[5];
echo implode(",", $self), " ", count($self), "\n";
$shared = [1, 2];
$alias = $shared;
$alias[] = $shared[1];
echo count($shared), count($alias), "\n";
$strs = "xyz";
$fromstr = [];
$fromstr[] = $strs[1];
echo $fromstr[0], "\n";
$hk = ['a' => 'A', '5' => 'five'];
$ho = [];
$kk = 'a';
$ho[$kk] = $hk[$kk];
$ho['b'] = $hk['5'];
$k5 = "5";
$ho[] = $hk[$k5];
var_dump($ho);
$target = [];
$rt = &$target;
$rt[] = $hk['a'];
echo count($target), "\n";
$notarr = "s";
try {
    $notarr[] = $hk['a'];
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$scalar = 5;
try {
    $scalar[] = $hk['a'];
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($scalar);
$full = [PHP_INT_MAX => 1];
try {
    $full[] = $hk['a'];
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
// statements assigning call results
$make = fn($n) => new D($n);
$o = $make(2);
echo "made ";
$o = $make(3);
echo "replaced\n";
$list = [];
$list[] = $make(4);
$list[] = $make(5);
echo count($list), "\n";
$list = null;
echo "\n";
$acc = 0;
$add = fn($a, $b) => $a + $b;
for ($i = 0; $i < 5; $i++) {
    $acc = $add($acc, $i);
}
echo $acc, "\n";
$g = 1;
$gref = &$g;
$gref = $add(40, 2);
echo $g, "\n";
$appendto = function ($v) use (&$bag) { $bag = "clobbered"; return $v; };
$bag = [];
try {
    $bag[] = $appendto(1);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($bag);
$compose = function ($f, $g) { return function ($x) use ($f, $g) { return $f($g($x)); }; };
$h = $compose(fn($x) => $x + 1, fn($x) => $x * 2);
echo $h(5), "\n";
$rec = function ($n) use (&$rec) { return $n <= 1 ? 1 : $n * $rec($n - 1); };
echo $rec(5), "\n";
$res = $undef_closure(1);
--EXPECTF--
10 2 1 1
float(9.223372036854776E+18)
bc
array(2) {
  [0]=>
  NULL
  [1]=>
  int(1)
}
66
gt eq
float gt
float lt
string 10 > 9
numeric eq
null < 1
null == false
array > int
no 7 line 35
native callee

Warning: Undefined variable $undefinedcallee in %s on line 44
Error: Value of type null is not callable
1,2,3,4,5

Warning: Undefined array key 7 in %s on line 64
8 NULL
bool(true)
NULL
after unset src[3]
~D1 
10011
1,2,1,2,2 5
23
y
array(3) {
  ["a"]=>
  string(1) "A"
  ["b"]=>
  string(4) "five"
  [0]=>
  string(4) "five"
}
1
[] operator not supported for strings
Cannot use a scalar value as an array
int(5)
Cannot add element to the array as the next element is already occupied
made ~D2 replaced
2
~D4 ~D5 
10
42
[] operator not supported for strings
string(9) "clobbered"
11
120

Warning: Undefined variable $undef_closure in %s on line 159

Fatal error: Uncaught Error: Value of type null is not callable in %s:159
Stack trace:
#0 {main}
  thrown in %s on line 159
~D3
--EXITCODE--
255
