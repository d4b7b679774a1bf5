--TEST--
ArrayObject subclasses, iterators' own positions, changes while iterating, custom iterator class, exchangeArray
--FILE--
<?php
class Users extends ArrayObject {
    public function offsetSet($key, $value): void {
        if (!is_string($value)) throw new InvalidArgumentException("names only");
        parent::offsetSet($key, ucfirst($value));
    }
}
$u = new Users;
$u[] = 'ann'; $u['b'] = 'bob';
try { $u[] = 5; } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
var_dump($u->getArrayCopy(), count($u), $u instanceof Traversable, $u instanceof IteratorAggregate);
foreach ($u as $k => $v) echo "$k=$v ";
echo "\n";
// iterators of the same ArrayObject see its changes; each has its own position
$ao = new ArrayObject([1, 2, 3]);
$i1 = $ao->getIterator(); $i2 = $ao->getIterator();
$i1->next();
var_dump($i1->current(), $i2->current());
$ao[] = 4;
$i2[] = 5;
var_dump(count($ao), count($i1), $ao->getArrayCopy());
unset($i1[0]);
var_dump($ao->offsetExists(0), $ao[1]);
// modifying while iterating
$m = new ArrayObject(['a' => 1, 'b' => 2]);
foreach ($m as $k => $v) { echo "$k=$v "; if ($k === 'a') $m['c'] = 3; }
echo "\n";
// custom iterator class
class Loud extends ArrayIterator { public function current(): mixed { return strtoupper(parent::current()); } }
$l = new ArrayObject(['x', 'y'], 0, 'Loud');
var_dump($l->getIteratorClass());
foreach ($l as $k => $v) echo "$k=$v ";
echo "\n";
var_dump($l->__serialize()[3]);
echo serialize($l), "\n";
// exchangeArray with an object, sorting, flags
$p = new class { public $one = 1; public $two = 2; };
$x = new ArrayObject([9]);
var_dump($x->exchangeArray($p), $x->getArrayCopy());
$x->uksort(fn($a, $b) => strcmp($b, $a));
var_dump(array_keys($x->getArrayCopy()));
$x->setFlags(ArrayObject::STD_PROP_LIST);
var_dump($x->getFlags());
// empty ArrayObject
$e = new ArrayObject;
var_dump(count($e), iterator_to_array($e), $e->getIterator()->valid());
var_dump(new ArrayObject(new ArrayObject([1])) instanceof Countable);
--EXPECT--
names only
array(2) {
  [0]=>
  string(3) "Ann"
  ["b"]=>
  string(3) "Bob"
}
int(2)
bool(true)
bool(true)
0=Ann b=Bob 
int(2)
int(1)
int(5)
int(5)
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
bool(false)
int(2)
a=1 b=2 c=3 
string(4) "Loud"
0=X 1=Y 
string(4) "Loud"
O:11:"ArrayObject":4:{i:0;i:0;i:1;a:2:{i:0;s:1:"x";i:1;s:1:"y";}i:2;a:0:{}i:3;s:4:"Loud";}
array(1) {
  [0]=>
  int(9)
}
array(2) {
  ["one"]=>
  int(1)
  ["two"]=>
  int(2)
}
array(2) {
  [0]=>
  string(3) "two"
  [1]=>
  string(3) "one"
}
int(1)
int(0)
array(0) {
}
bool(false)
bool(true)
