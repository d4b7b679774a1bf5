--TEST--
SplDoublyLinkedList iteration modes, manual stepping, changes while iterating
--FILE--
<?php
function show($l) { foreach ($l as $k => $v) echo "$k=$v "; echo "| count ", count($l), "\n"; }
$make = function () { $l = new SplDoublyLinkedList; foreach (['a', 'b', 'c'] as $x) $l->push($x); return $l; };
$l = $make();
show($l);
var_dump($l->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO));
show($l);
var_dump($l->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE));
show($l);
$l = $make();
var_dump($l->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO | SplDoublyLinkedList::IT_MODE_DELETE));
show($l);
var_dump($l->setIteratorMode(99), $l->getIteratorMode(), $l->setIteratorMode(-1));
// manual stepping
$l = $make();
$l->rewind();
var_dump($l->valid(), $l->key(), $l->current());
$l->next(); $l->next();
var_dump($l->key(), $l->current());
$l->next();
var_dump($l->valid(), $l->key(), $l->current());
$l->prev();
var_dump($l->valid(), $l->key(), $l->current());
$l->rewind(); $l->next();
$l->prev();
var_dump($l->key(), $l->current());
// changes while iterating
$l->rewind(); $l->next();
$l->unshift('z');
var_dump($l->key(), $l->current());
$l->push('d');
$l->next(); $l->next();
var_dump($l->key(), $l->current());
$l->pop();
var_dump($l->valid(), $l->key(), $l->current());
$l->next();
var_dump($l->valid());
// push while iterating with foreach
$l = $make();
foreach ($l as $k => $v) { echo "$k=$v "; if ($v === 'a') $l->push('new'); }
echo "\n";
// empty list
$e = new SplDoublyLinkedList;
$e->rewind();
var_dump($e->valid(), $e->current(), $e->key());
$e->next(); $e->prev();
var_dump($e->key());
var_dump(iterator_to_array($make()), iterator_count($make()));
--EXPECT--
0=a 1=b 2=c | count 3
int(2)
2=c 1=b 0=a | count 3
int(1)
0=a 0=b 0=c | count 0
int(3)
2=c 1=b 0=a | count 0
int(3)
int(3)
int(3)
bool(true)
int(0)
string(1) "a"
int(2)
string(1) "c"
bool(false)
int(3)
NULL
bool(false)
int(3)
NULL
int(0)
string(1) "a"
int(1)
string(1) "b"
int(3)
string(1) "d"
bool(true)
int(3)
NULL
bool(false)
0=a 1=b 2=c 3=new 
bool(false)
NULL
int(0)
int(0)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
int(3)
