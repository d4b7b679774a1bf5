--TEST--
type declarations
--FILE--
<?php
class A {} class B extends A {}
function takesA(A $a): string { return get_class($a); }
function nullable(?A $a = null): ?string { return $a ? get_class($a) : null; }
function union(int|string|null $v): string { return var_export_x($v); }
function var_export_x($v) { return $v === null ? "null" : (is_int_x($v) ? "int" : "string"); }
function is_int_x($v) { return $v === (int)$v; }
function mixedFn(mixed $m): mixed { return $m; }
function iter(iterable $i): int { $n = 0; foreach ($i as $_) $n++; return $n; }
function cb(callable $c) { return $c(); }
function obj(object $o): object { return $o; }
var_dump(takesA(new B), nullable(), nullable(new A), union(5), union("x"), union(null), mixedFn([1]), iter([1, 2]), iter((function () { yield 1; })()), cb(fn() => "called"), get_class(obj(new B)));
try { takesA(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { iter(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { cb("nope"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { obj(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function retA(): A { return new stdClass; }
try { retA(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function retVoid(): void {}
var_dump(retVoid());
function retNever(): never { throw new Exception("never returns"); }
try { retNever(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function retFloat(): float { return 1; }
var_dump(retFloat());
--EXPECTF--
string(1) "B"
NULL
string(1) "A"
string(3) "int"
string(6) "string"
string(4) "null"
array(1) {
  [0]=>
  int(1)
}
int(2)
int(1)
string(6) "called"
string(1) "B"
takesA(): Argument #1 ($a) must be of type A, stdClass given, called in %s on line 13
iter(): Argument #1 ($i) must be of type Traversable|array, int given, called in %s on line 14
cb(): Argument #1 ($c) must be of type callable, string given, called in %s on line 15
obj(): Argument #1 ($o) must be of type object, int given, called in %s on line 16
retA(): Return value must be of type A, stdClass returned
NULL
never returns
float(1)
