--TEST--
interface errors
--FILE--
<?php
interface I { public function m(); }
abstract class A implements I { abstract protected function p(int $x): int; }
class Good extends A { public function m() { return "m"; } protected function p(int $x): int { return $x; } }
var_dump((new Good)->m(), class_exists('Good'), interface_exists('I'));
try { $r = new A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = new I; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(1) "m"
bool(true)
bool(true)
Cannot instantiate abstract class A
Cannot instantiate interface I
