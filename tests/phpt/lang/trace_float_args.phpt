--TEST--
Float arguments in stack-trace strings: precision ini, .0 on integral values, special values
--FILE--
<?php
// Floats in getTraceAsString() and debug_print_backtrace(): `precision` significant
// digits, and a ".0" on values that would look like integers.
function f(...$x) { throw new Exception('f'); }
function g(...$x) { debug_print_backtrace(); }
$values = [3.0, 0.1, 1e20, -0.0, 1.5e-7, NAN, INF, -INF, -2.5, 1e15, 1e14, 123456789012345678.0,
    0.30000000000000004, 100.0, 7E-10, 2.5e+300];
try { f(...$values); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
g(1.0, [2.0], 0.5);
foreach ([5, 1, 0, 17, -1] as $p) {
    ini_set('precision', $p);
    try { f(3.0, 0.1, 1 / 3, 12345.678, -0.0); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
}
ini_set('precision', 14);
// Uncaught: the same text in the fatal error.
function h($v) { throw new RuntimeException('h'); }
h(2.0);
--EXPECTF--
#0 %s(8): f(3.0, 0.1, 1.0E+20, -0.0, 1.5E-7, NAN, INF, -INF, -2.5, 1.0E+15, 1.0E+14, 1.2345678901235E+17, 0.3, 100.0, 7.0E-10, 2.5E+300)
#1 {main}
#0 %s(9): g(1.0, Array, 0.5)
#0 %s(12): f(3.0, 0.1, 0.33333, 12346.0, -0.0)
#1 {main}
#0 %s(12): f(3.0, 0.1, 0.3, 1.0E+4, -0.0)
#1 {main}
#0 %s(12): f(3.0, 0.1, 0.3, 1.0E+4, -0.0)
#1 {main}
#0 %s(12): f(3.0, 0.10000000000000001, 0.33333333333333331, 12345.678, -0.0)
#1 {main}
#0 %s(12): f(3.0, 0.1, 0.3333333333333333, 12345.678, -0.0)
#1 {main}

Fatal error: Uncaught RuntimeException: h in %s:16
Stack trace:
#0 %s(17): h(2.0)
#1 {main}
  thrown in %s on line 16
