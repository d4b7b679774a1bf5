--TEST--
__toString (own or from a trait) implements Stringable; anonymous classes are named after their parent or first interface
--FILE--
<?php
trait TS { function __toString(): string { return 't'; } }
class A { use TS; }
class B { function __toString(): string { return 'b'; } }
interface IS { function __toString(): string; }
class C extends B {}
class D implements Countable { function count(): int { return 0; } function __toString(): string { return 'd'; } }
var_dump(new A instanceof Stringable, new B instanceof Stringable, new C instanceof Stringable, is_subclass_of('IS', 'Stringable'));
print_r(class_implements('D')); print_r(class_implements('A')); print_r(class_implements('IS'));

interface HasId {}
$anon = new class implements HasId {};
var_dump(strstr(get_class($anon), "\0", true), $anon instanceof HasId);
$anon2 = new class extends Exception {};
var_dump(strstr(get_class($anon2), "\0", true));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
Array
(
    [Countable] => Countable
    [Stringable] => Stringable
)
Array
(
    [Stringable] => Stringable
)
Array
(
    [Stringable] => Stringable
)
string(15) "HasId@anonymous"
bool(true)
string(19) "Exception@anonymous"
