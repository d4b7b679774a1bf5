--TEST--
recursion and statics
--FILE--
<?php
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
var_dump(fib(20));
function ackermann($m, $n) { if ($m == 0) return $n + 1; if ($n == 0) return ackermann($m - 1, 1); return ackermann($m - 1, ackermann($m, $n - 1)); }
var_dump(ackermann(2, 3));
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
var_dump(depth(200));
class Registry { private static array $items = []; public static function add(string $k, $v): void { static::$items[$k] = $v; } public static function all(): array { return self::$items; } }
Registry::add('a', 1); Registry::add('b', 2);
var_dump(Registry::all());
class Base { public static $shared = 'base'; public static function get() { return static::$shared; } }
class Child extends Base { public static $shared = 'child'; }
var_dump(Base::get(), Child::get());
Child::$shared = 'modified'; var_dump(Base::$shared, Child::$shared);
class Inherit extends Base {}
Inherit::$shared = 'via inherit'; var_dump(Base::$shared);
$mutual = function ($n) use (&$mutual) { return $n <= 0 ? "done" : $mutual($n - 1); };
var_dump($mutual(50));
--EXPECTF--
int(6765)
int(9)
int(200)
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
string(4) "base"
string(5) "child"
string(4) "base"
string(8) "modified"
string(11) "via inherit"
string(4) "done"
