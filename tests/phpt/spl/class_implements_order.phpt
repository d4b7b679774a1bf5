--TEST--
class_implements lists the SPL classes' interfaces in PHP's order (internal inheritance reverses the parent's; user classes naming none too)
--FILE--
<?php
foreach (['SplObjectStorage','SplDoublyLinkedList','SplQueue','SplStack','SplHeap','SplMinHeap','SplPriorityQueue','SplFixedArray','ArrayIterator','ArrayObject','SeekableIterator','InternalIterator'] as $c) {
  echo $c, ": ", implode(',', class_implements($c)), " | ", implode(',', class_parents($c)), "\n";
}
class U extends SplObjectStorage implements SplSubject { function attach(object $o, mixed $i = null): void {} function detach(object $o): void {} function notify(): void {} }
echo implode(',', class_implements('U')), "\n";
foreach (['Exception','RuntimeException','ErrorException','TypeError','ArgumentCountError','UnexpectedValueException','JsonException','Generator','Closure','ArrayIterator'] as $c) {
  if (!class_exists($c)) { echo "$c missing\n"; continue; }
  echo $c, ": ", implode(',', class_implements($c)), "\n";
}
class E2 extends RuntimeException {}
echo implode(',', class_implements("E2")), "\n";
interface I1 {} interface I2 {} interface I3 extends I1 {}
class A implements I1, I2 {}
class B extends A {}
class C extends B {}
class D extends A implements I3 {}
class S { function __toString(): string { return ""; } }
class T extends A { function __toString(): string { return ""; } }
foreach (['A','B','C','D','S','T'] as $c) echo $c, ": ", implode(',', class_implements($c)), "\n";
--EXPECT--
SplObjectStorage: Countable,Iterator,Traversable,Serializable,ArrayAccess | 
SplDoublyLinkedList: Iterator,Traversable,Countable,ArrayAccess,Serializable | 
SplQueue: Serializable,ArrayAccess,Countable,Traversable,Iterator | SplDoublyLinkedList
SplStack: Serializable,ArrayAccess,Countable,Traversable,Iterator | SplDoublyLinkedList
SplHeap: Iterator,Traversable,Countable | 
SplMinHeap: Countable,Traversable,Iterator | SplHeap
SplPriorityQueue: Iterator,Traversable,Countable | 
SplFixedArray: IteratorAggregate,Traversable,ArrayAccess,Countable,JsonSerializable | 
ArrayIterator: SeekableIterator,Traversable,Iterator,ArrayAccess,Serializable,Countable | 
ArrayObject: IteratorAggregate,Traversable,ArrayAccess,Serializable,Countable | 
SeekableIterator: Iterator,Traversable | 
InternalIterator: Iterator,Traversable | 
Countable,Iterator,Traversable,Serializable,ArrayAccess,SplSubject
Exception: Stringable,Throwable
RuntimeException: Throwable,Stringable
ErrorException: Throwable,Stringable
TypeError: Throwable,Stringable
ArgumentCountError: Stringable,Throwable
UnexpectedValueException: Stringable,Throwable
JsonException: Throwable,Stringable
Generator: Iterator,Traversable
Closure: 
ArrayIterator: SeekableIterator,Traversable,Iterator,ArrayAccess,Serializable,Countable
Stringable,Throwable
A: I1,I2
B: I2,I1
C: I1,I2
D: I1,I2,I3
S: Stringable
T: I1,I2,Stringable
