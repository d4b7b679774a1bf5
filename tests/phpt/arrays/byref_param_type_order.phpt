--TEST--
Typed by-reference parameters of internal functions are checked in argument order
--FILE--
<?php
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => usort($a, 5));
t(function () { $a = 5; sort($a); });
t(function () { $a = "x"; array_walk($a, 'strlen'); });
t(function () { $a = null; end($a); });
t(function () { $a = 1.5; shuffle($a); });
t(function () { $a = [3, 1]; usort($a, fn($x, $y) => $x <=> $y); echo implode(",", $a), "\n"; });
t(function () { $a = 5; array_multisort($a); });
t(function () { $a = 5; array_push($a, 1); });
t(function () { $a = 5; array_splice($a, 0); });
t(function () { $a = "s"; preg_match('/s/', 's', $a); var_dump($a); });
--EXPECTF--
TypeError: usort(): Argument #1 ($array) must be of type array, null given
TypeError: sort(): Argument #1 ($array) must be of type array, int given
TypeError: array_walk(): Argument #1 ($array) must be of type array, string given
TypeError: end(): Argument #1 ($array) must be of type array, null given
TypeError: shuffle(): Argument #1 ($array) must be of type array, float given
1,3
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
TypeError: array_push(): Argument #1 ($array) must be of type array, int given
TypeError: array_splice(): Argument #1 ($array) must be of type array, int given
array(1) {
  [0]=>
  string(1) "s"
}
