--TEST--
Readonly property errors name the declaring class; foreach by reference over one
--FILE--
<?php
class P { public function __construct(public readonly int $x = 1, protected readonly array $list = []) {} 
  function push($v) { $this->list[] = $v; } function bump() { $this->x++; } }
class K extends P { function set() { $this->x = 5; } function un() { unset($this->x); } function init2() {} }
class L extends P { public function __construct() { } function late() { $this->x = 3; } }
$k = new K;
foreach ([fn() => $k->x = 2, fn() => $k->set(), fn() => $k->push(1), fn() => $k->bump(), fn() => $k->un(), fn() => (new L)->late(), function() { $l = new L; $l->x = 4; }, function() use ($k) { $r = &$k->x; }, function() use ($k) { unset($k->x); }, function() use ($k) { $k->x += 1; }, function () use ($k) { foreach ($k as $p => &$v) {} }] as $i => $f) {
  try { $f(); echo "$i ok\n"; } catch (Error $e) { echo "$i ", $e->getMessage(), "\n"; }
}
--EXPECT--
0 Cannot modify readonly property P::$x
1 Cannot modify readonly property P::$x
2 Cannot modify readonly property P::$list
3 Cannot modify readonly property P::$x
4 Cannot unset readonly property P::$x
5 Cannot initialize readonly property P::$x from scope L
6 Cannot initialize readonly property P::$x from global scope
7 Cannot modify readonly property P::$x
8 Cannot unset readonly property P::$x
9 Cannot modify readonly property P::$x
10 Cannot acquire reference to readonly property P::$x
