--TEST--
Values for by-reference parameters: the Error for an expression at a call site ("cannot be passed by reference"), the warning when PHP makes the call itself (call_user_func, callbacks)
--FILE--
<?php
function g(&$a) { $a++; return $a; }
class C { static function s(&$a) {} function m(&$a) {} }
$f = 'sort';
try { $f([1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { g(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$h = 'g';
try { $h(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { C::s(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new C)->m(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$cl = function (&$x) {};
try { $cl(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { array_push([1], 2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = [];
$w = null;
try { socket_select($r, $w, $except = null, 0); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { sort((array) $w); } catch (Error $e) { echo $e->getMessage(), "\n"; }

var_dump(call_user_func('g', 1));
$v = 5;
var_dump(call_user_func_array('g', [$v]), $v);
var_dump(call_user_func_array('g', [&$v]), $v);
var_dump(array_map(function (&$x) { return $x * 2; }, [1, 2]));
$arr = [3, 1, 2];
usort($arr, function (&$a, &$b) { return $a <=> $b; });
echo implode(",", $arr), "\n";
var_dump(call_user_func('sort', [3, 1]));
var_dump(call_user_func([new C, 'm'], 1));
--EXPECTF--
sort(): Argument #1 ($array) cannot be passed by reference
g(): Argument #1 ($a) cannot be passed by reference
g(): Argument #1 ($a) cannot be passed by reference
C::s(): Argument #1 ($a) cannot be passed by reference
C::m(): Argument #1 ($a) cannot be passed by reference
{closure}(): Argument #1 ($x) cannot be passed by reference
array_push(): Argument #1 ($array) cannot be passed by reference
socket_select(): Argument #3 ($except) cannot be passed by reference
sort(): Argument #1 ($array) cannot be passed by reference

Warning: g(): Argument #1 ($a) must be passed by reference, value given in %s on line 19
int(2)

Warning: g(): Argument #1 ($a) must be passed by reference, value given in %s on line 21
int(6)
int(5)
int(6)
int(6)

Warning: {closure}(): Argument #1 ($x) must be passed by reference, value given in %s on line 23

Warning: {closure}(): Argument #1 ($x) must be passed by reference, value given in %s on line 23
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(4)
}

Warning: {closure}(): Argument #1 ($a) must be passed by reference, value given in %s on line 25

Warning: {closure}(): Argument #2 ($b) must be passed by reference, value given in %s on line 25

Warning: {closure}(): Argument #1 ($a) must be passed by reference, value given in %s on line 25

Warning: {closure}(): Argument #2 ($b) must be passed by reference, value given in %s on line 25

Warning: {closure}(): Argument #1 ($a) must be passed by reference, value given in %s on line 25

Warning: {closure}(): Argument #2 ($b) must be passed by reference, value given in %s on line 25
1,2,3

Warning: sort(): Argument #1 ($array) must be passed by reference, value given in %s on line 27
bool(true)

Warning: C::m(): Argument #1 ($a) must be passed by reference, value given in %s on line 28
NULL
