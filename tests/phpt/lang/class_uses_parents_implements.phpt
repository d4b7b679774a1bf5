--TEST--
class_implements/class_parents/class_uses: order, autoload, warnings, TypeError
--FILE--
<?php
interface I1 {} interface I2 extends I1 {} interface I3 {}
trait T1 {} trait T2 { use T1; }
class P implements I3, Countable { use T1; function count(): int { return 0; } }
class C extends P implements I2, IteratorAggregate { use T2, T1; function getIterator(): Iterator { return new EmptyIterator; } }
print_r(class_implements('C')); print_r(class_implements(new P)); print_r(class_parents(new C)); print_r(class_uses('C')); print_r(class_uses('T2'));
var_dump(class_parents('P'), class_implements('I2'), class_uses('Nope'), class_parents('Nope', false));
spl_autoload_register(function ($c) { echo "load $c\n"; });
var_dump(class_uses('Missing'));
try { class_uses(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Array
(
    [I3] => I3
    [Countable] => Countable
    [I2] => I2
    [IteratorAggregate] => IteratorAggregate
    [I1] => I1
    [Traversable] => Traversable
)
Array
(
    [I3] => I3
    [Countable] => Countable
)
Array
(
    [P] => P
)
Array
(
    [T2] => T2
    [T1] => T1
)
Array
(
    [T1] => T1
)

Warning: class_uses(): Class Nope does not exist and could not be loaded in %s on line 7

Warning: class_parents(): Class Nope does not exist in %s on line 7
array(0) {
}
array(1) {
  ["I1"]=>
  string(2) "I1"
}
bool(false)
bool(false)
load Missing

Warning: class_uses(): Class Missing does not exist and could not be loaded in %s on line 9
bool(false)
class_uses(): Argument #1 ($object_or_class) must be of type object|string, int given
