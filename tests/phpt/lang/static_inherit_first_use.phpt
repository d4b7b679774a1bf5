--TEST--
Inherited static properties share the parent's cell even when the child is used first
--FILE--
<?php
class A { public static $n = 0; protected static int $m = 0; static function inc() { static::$n++; self::$m++; static::$m += 10; } static function get() { return [static::$n, self::$n, A::$n, static::$m]; } }
class B extends A {}
class C extends A { public static $n = 100; }
B::inc(); A::inc(); C::inc();
var_dump(A::get(), B::get(), C::get(), B::$n, C::$n);
B::$n = 50; var_dump(A::$n);
$r = &B::$n; $r = 7; var_dump(A::$n);
--EXPECT--
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(2)
  [2]=>
  int(2)
  [3]=>
  int(33)
}
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(2)
  [2]=>
  int(2)
  [3]=>
  int(33)
}
array(4) {
  [0]=>
  int(101)
  [1]=>
  int(2)
  [2]=>
  int(2)
  [3]=>
  int(33)
}
int(2)
int(101)
int(50)
int(7)
