--TEST--
Typed property coercion and errors, typed static properties, visibility and magic call errors
--FILE--
<?php
class T { public int $i = 0; public ?string $s = null; public float $f = 0.0; public array $a = []; public static int $cnt = 0; public int|string $u = 0; public bool $b = false; }
$t = new T;
$t->i = "42"; $t->f = 5; $t->s = 12; $t->u = "7"; $t->u = 1.0; $t->b = "yes"; var_dump($t);
foreach (['i' => 'abc', 'i2' => 1.5, 'a' => 'x', 'i3' => null] as $k => $v) { try { $p = rtrim($k, '0123456789'); $t->$p = $v; } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
try { T::$cnt = "nope"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
T::$cnt = "5"; var_dump(T::$cnt); T::$cnt++; var_dump(T::$cnt);
$t->i = PHP_INT_MAX; try { $t->i++; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
class P { protected function prot() { return 'prot'; } private function priv() { return 'priv'; } public function callPriv(P $o) { return $o->priv(); } public function __call($n, $a) { return "__call:$n"; } }
class C extends P { public function test() { return $this->prot() . ' ' . $this->priv(); } }
$c = new C; echo $c->test(), ' ', $c->prot(), ' ', (new P)->callPriv(new C), "\n";
class Q { public function __call($n, $a) { return "q:$n"; } public static function __callStatic($n, $a) { return "qs:$n"; } public function inst() { return static::missing(); } }
echo (new Q)->inst(), ' ', Q::other(), ' ', call_user_func([new Q, 'dyn']), ' ', call_user_func('Q::st'), "\n";
abstract class AB { abstract protected function x(): int; public function y() { return $this->x() * 2; } }
class Impl extends AB { public function x(): int { return 21; } } echo (new Impl)->y(), "\n";
class WithStatic { public static function make() { return new self; } public function name() { return self::class . '/' . static::class; } } class Child2 extends WithStatic {}
echo Child2::make()->name(), "\n";
$f = function() { return get_class($this) . ' ' . self::class; }; $b = Closure::bind($f, new Child2, WithStatic::class); echo $b(), "\n";
try { $g = fn() => $this; $g(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Str { function __toString(): string { return "str!"; } } echo str_repeat(new Str, 2), ' ', strlen(new Str), ' ', 'x' . new Str, ' ', in_array('str!', [new Str]) ? 'in' : 'out', "\n";
var_dump((string) new Str === 'str!', new Str == 'str!');
try { echo new T; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $t->undefinedMethod(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { T::nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo T::$nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo T::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new Nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new P)->prot(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo $t->dynamic ?? 'undef-dyn', "\n";
$t->dyn = 1;
class S { public static int $n = 0; public static ?S $inst = null; public static array $list = []; protected static string $name = 'x'; static function setName($v) { static::$name = $v; return static::$name; } }
class S2 extends S {}
S::$n = "12"; var_dump(S::$n); S2::$n = 3.0; var_dump(S::$n);
try { S::$n = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { S2::$inst = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
S::$inst = new S2; var_dump(S::$inst instanceof S);
try { S::$list = 5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(S2::setName(55));
try { S2::setName(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
S::$list[] = 1; S::$list['k'] = 2; var_dump(S::$list);
$r = &S::$n; $r = 9; var_dump(S::$n);
--EXPECTF--
object(T)#1 (6) {
  ["i"]=>
  int(42)
  ["s"]=>
  string(2) "12"
  ["f"]=>
  float(5)
  ["a"]=>
  array(0) {
  }
  ["u"]=>
  int(1)
  ["b"]=>
  bool(true)
}
Cannot assign string to property T::$i of type int

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5
Cannot assign string to property T::$a of type array
Cannot assign null to property T::$i of type int
Cannot assign string to property T::$cnt of type int
int(5)
int(6)
TypeError: Cannot increment property T::$i of type int past its maximal value
prot __call:priv __call:prot priv
q:missing qs:other q:dyn qs:st
42
WithStatic/WithStatic
Child2 WithStatic
Using $this when not in object context
str!str! 4 xstr! in
bool(true)
bool(true)
Object of class T could not be converted to string
Call to undefined method T::undefinedMethod()
Call to undefined method T::nope()
Access to undeclared static property T::$nope
Undefined constant T::NOPE
Class "Nope" not found
undef-dyn

Deprecated: Creation of dynamic property T::$dyn is deprecated in %s on line 30
int(12)
int(3)
Cannot assign string to property S::$n of type int
Cannot assign stdClass to property S::$inst of type ?S
bool(true)
Cannot assign int to property S::$list of type array
string(2) "55"
Cannot assign null to property S::$name of type string
array(2) {
  [0]=>
  int(1)
  ["k"]=>
  int(2)
}
int(9)
