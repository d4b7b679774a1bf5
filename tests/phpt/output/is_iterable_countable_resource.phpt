--TEST--
is_iterable, is_countable, is_resource
--FILE--
<?php
class C implements Countable { function count(): int { return 0; } }
class I implements IteratorAggregate { function getIterator(): Iterator { return new EmptyIteratorX; } }
var_dump(is_iterable([1]), is_iterable(new stdClass), is_iterable("a"), is_iterable(new I));
var_dump(is_countable([]), is_countable(new C), is_countable(new stdClass), is_countable(1));
var_dump(is_resource(1), is_resource(null));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
