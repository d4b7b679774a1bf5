--TEST--
Typed properties: never initialised ones ask no magic method, ones emptied by unset() ask __isset/__get/__set/__unset; __get results take the property's type
--FILE--
<?php
class A {
    public int $x;
    public ?string $s;
    public function __get($n) { echo "__get($n)\n"; return 42; }
    public function __set($n, $v) { echo "__set($n)\n"; }
    public function __isset($n) { echo "__isset($n)\n"; return true; }
    public function __unset($n) { echo "__unset($n)\n"; }
}
$a = new A;
var_dump(isset($a->x));
var_dump(empty($a->x));
var_dump($a->x ?? "dflt");
try { var_dump($a->x); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$a->x = 5;
var_dump($a->x);
unset($a->x);
var_dump(isset($a->x));
var_dump($a->x);
$a->x = 7;
var_dump($a);
unset($a->s);
$a->s = "hi";
var_dump($a->s);
$b = new A;
unset($b->x);
unset($b->x);
var_dump($b);

class C {
    public int $x;
    public function __get($n) { return "abc"; }
}
$a = new C;
unset($a->x);
try { var_dump($a->x); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->x ?? 1);
--EXPECTF--
bool(false)
bool(true)
string(4) "dflt"
Error: Typed property A::$x must not be accessed before initialization
int(5)
__isset(x)
bool(true)
__get(x)
int(42)
__set(x)
object(A)#1 (0) {
  ["x"]=>
  uninitialized(int)
  ["s"]=>
  uninitialized(?string)
}
__set(s)
__get(s)
string(2) "42"
__unset(x)
object(A)#3 (0) {
  ["x"]=>
  uninitialized(int)
  ["s"]=>
  uninitialized(?string)
}
Cannot assign string to property C::$x of type int

Fatal error: Uncaught TypeError: Cannot assign string to property C::$x of type int in %s:37
Stack trace:
#0 {main}
  thrown in %s on line 37
