--TEST--
SplDoublyLinkedList offsets, add(), out-of-range and type errors
--FILE--
<?php
$l = new SplDoublyLinkedList;
for ($i = 0; $i < 4; $i++) $l->push($i * 10);
var_dump($l[0], $l["1"], $l[3], $l->offsetExists(3), $l->offsetExists(4), $l->offsetExists(-1), isset($l[0]), empty($l[0]));
var_dump($l[1.0], true ? $l[true] : 0);
var_dump($l[2.5]);
$l[1] = 'one';
$l[] = 'pushed';
$l->offsetSet(null, 'again');
$l->add(0, 'first');
$l->add(7, 'last');
$l->add(3, 'mid');
unset($l[1]);
print_r(iterator_to_array($l));
foreach (['offsetGet' => fn() => $l[10], 'neg' => fn() => $l[-1], 'set' => fn() => $l[100] = 1,
          'unset' => function () use ($l) { unset($l[50]); }, 'add' => fn() => $l->add(20, 1),
          'addneg' => fn() => $l->add(-1, 1)] as $what => $f) {
    try { $f(); } catch (OutOfRangeException $e) { echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n"; }
}
foreach (['x', [], new stdClass, null] as $bad) {
    try { var_dump($l[$bad]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $l[$bad] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { var_dump(isset($l[$bad])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { unset($l[$bad]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { $l->add('x', 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $l->push(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { $l->setIteratorMode(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$q = new SplQueue;
try { $q[3]; } catch (OutOfRangeException $e) { echo $e->getMessage(), "\n"; }
try { $q->offsetGet('z'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(0)
int(10)
int(30)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
int(10)
int(10)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 6
int(20)
Array
(
    [0] => first
    [1] => one
    [2] => mid
    [3] => 20
    [4] => 30
    [5] => pushed
    [6] => again
    [7] => last
)
offsetGet: OutOfRangeException: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) is out of range
neg: OutOfRangeException: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) is out of range
set: OutOfRangeException: SplDoublyLinkedList::offsetSet(): Argument #1 ($index) is out of range
unset: OutOfRangeException: SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) is out of range
add: OutOfRangeException: SplDoublyLinkedList::add(): Argument #1 ($index) is out of range
addneg: OutOfRangeException: SplDoublyLinkedList::add(): Argument #1 ($index) is out of range
SplDoublyLinkedList::offsetGet(): Argument #1 ($index) must be of type int, string given
SplDoublyLinkedList::offsetSet(): Argument #1 ($index) must be of type ?int, string given
SplDoublyLinkedList::offsetExists(): Argument #1 ($index) must be of type int, string given
SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) must be of type int, string given
SplDoublyLinkedList::offsetGet(): Argument #1 ($index) must be of type int, array given
SplDoublyLinkedList::offsetSet(): Argument #1 ($index) must be of type ?int, array given
SplDoublyLinkedList::offsetExists(): Argument #1 ($index) must be of type int, array given
SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) must be of type int, array given
SplDoublyLinkedList::offsetGet(): Argument #1 ($index) must be of type int, stdClass given
SplDoublyLinkedList::offsetSet(): Argument #1 ($index) must be of type ?int, stdClass given
SplDoublyLinkedList::offsetExists(): Argument #1 ($index) must be of type int, stdClass given
SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) must be of type int, stdClass given

Deprecated: SplDoublyLinkedList::offsetGet(): Passing null to parameter #1 ($index) of type int is deprecated in %s on line 21
string(5) "first"

Deprecated: SplDoublyLinkedList::offsetExists(): Passing null to parameter #1 ($index) of type int is deprecated in %s on line 23
bool(true)

Deprecated: SplDoublyLinkedList::offsetUnset(): Passing null to parameter #1 ($index) of type int is deprecated in %s on line 24
SplDoublyLinkedList::add(): Argument #1 ($index) must be of type int, string given
SplDoublyLinkedList::push() expects exactly 1 argument, 0 given
SplDoublyLinkedList::setIteratorMode() expects exactly 1 argument, 0 given
SplDoublyLinkedList::offsetGet(): Argument #1 ($index) is out of range
SplDoublyLinkedList::offsetGet(): Argument #1 ($index) must be of type int, string given
