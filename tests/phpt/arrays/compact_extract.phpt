--TEST--
compact and extract in global and function scope
--FILE--
<?php
$a = 1; $b = 'two'; $n = null;
var_dump(compact('a', ['b', ['n']]));
var_dump(compact('a', 'missing'));
var_dump(compact(5));
function f() {
    $x = 10; $y = 20;
    var_dump(compact('x', 'y'));
    var_dump(extract(['p' => 1, 'x' => 99, '1bad' => 2, 5 => 'num']));
    var_dump($p, $x);
}
f();
var_dump(extract(['a' => 'new', 'c' => 'cc'], EXTR_SKIP), $a, $c);
var_dump(extract(['a' => 'A', 'd' => 'D'], EXTR_PREFIX_SAME, 'pre'), $a, $pre_a, $d);
var_dump(extract(['a' => 1, 0 => 'zero'], EXTR_PREFIX_ALL, 'all'), $all_a, $all_0);
var_dump(extract(['b' => 'B2', 'zz' => 'nope'], EXTR_IF_EXISTS), $b, isset($zz));
var_dump(extract(['b' => 'pb', 'qq' => 'no'], EXTR_PREFIX_IF_EXISTS, 'p'), $p_b, isset($p_qq));
var_dump(extract(['1x' => 'inv', 'ok' => 'fine'], EXTR_PREFIX_INVALID, 'i'), $i_1x, $ok);
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => extract(['a' => 1], 99));
t(fn() => extract(['a' => 1], EXTR_PREFIX_ALL));
t(fn() => extract(['a' => 1], EXTR_PREFIX_ALL, '1x'));
t(fn() => extract(['this' => 1]));
--EXPECTF--
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two"
  ["n"]=>
  NULL
}

Warning: compact(): Undefined variable $missing in %s on line 4
array(1) {
  ["a"]=>
  int(1)
}

Warning: compact(): Argument #1 must be string or array of strings, int given in %s on line 5
array(0) {
}
array(2) {
  ["x"]=>
  int(10)
  ["y"]=>
  int(20)
}
int(2)
int(1)
int(99)
int(1)
int(1)
string(2) "cc"
int(2)
int(1)
string(1) "A"
string(1) "D"
int(2)
int(1)
string(4) "zero"
int(1)
string(2) "B2"
bool(false)
int(1)
string(2) "pb"
bool(false)
int(2)
string(3) "inv"
string(4) "fine"
ValueError: extract(): Argument #2 ($flags) must be a valid extract type
ValueError: extract(): Argument #3 ($prefix) is required when using this extract type
ValueError: extract(): Argument #3 ($prefix) must be a valid identifier
Error: Cannot re-assign $this
