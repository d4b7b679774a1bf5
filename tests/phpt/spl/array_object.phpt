--TEST--
ArrayObject: offsets, iterators sharing its array, dumps, serialization, iterator class errors, clone
--FILE--
<?php
$ao = new ArrayObject(['b' => 2, 'a' => 1]);
var_dump(count($ao), $ao['a'], isset($ao['zz']));
$ao['c'] = 3; $ao[] = 'x'; unset($ao['b']);
var_dump($ao);
print_r($ao); echo "\n";
foreach ($ao as $k => $v) echo "$k=$v ";
echo "\n";
$it = $ao->getIterator();
var_dump(get_class($it), $it->count());
$it['fromit'] = 1;
var_dump(count($ao), $ao['fromit']);
$ao['late'] = 2;
var_dump(count($it));
var_dump($it);
echo serialize($ao), "\n";
var_dump($ao->__serialize());
var_dump(unserialize(serialize($ao)));
var_dump($ao->exchangeArray([1, 2]), $ao->getArrayCopy());
var_dump($ao->getIteratorClass());
class MyIt extends ArrayIterator {}
$ao->setIteratorClass('MyIt'); var_dump(get_class($ao->getIterator()));
try { $ao->setIteratorClass('stdClass'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $ao->setIteratorClass('Nope'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new ArrayObject([], 0, 'stdClass'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new ArrayObject(5); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$c = clone $ao; $c[] = 3; var_dump(count($ao), count($c));
echo $ao->serialize(), "\n";
$n = new ArrayObject; $n->unserialize($ao->serialize()); var_dump($n->getArrayCopy());
class Coll extends ArrayObject { public $t = 1; }
$co = new Coll(['q']); var_dump($co); echo serialize($co), "\n";
var_dump(iterator_to_array(new ArrayObject(['x' => 1])));
$ao2 = new ArrayObject([3, 1, 2]); $ao2->asort(); var_dump($ao2->getArrayCopy());
foreach ($ao2 as $k => $v) { foreach ($ao2 as $k2 => $v2) echo "$v$v2 "; }
echo "\n";
--EXPECT--
int(2)
int(1)
bool(false)
object(ArrayObject)#1 (1) {
  ["storage":"ArrayObject":private]=>
  array(3) {
    ["a"]=>
    int(1)
    ["c"]=>
    int(3)
    [0]=>
    string(1) "x"
  }
}
ArrayObject Object
(
    [storage:ArrayObject:private] => Array
        (
            [a] => 1
            [c] => 3
            [0] => x
        )

)

a=1 c=3 0=x 
string(13) "ArrayIterator"
int(3)
int(4)
int(1)
int(5)
object(ArrayIterator)#3 (1) {
  ["storage":"ArrayIterator":private]=>
  object(ArrayObject)#1 (1) {
    ["storage":"ArrayObject":private]=>
    array(5) {
      ["a"]=>
      int(1)
      ["c"]=>
      int(3)
      [0]=>
      string(1) "x"
      ["fromit"]=>
      int(1)
      ["late"]=>
      int(2)
    }
  }
}
O:11:"ArrayObject":4:{i:0;i:0;i:1;a:5:{s:1:"a";i:1;s:1:"c";i:3;i:0;s:1:"x";s:6:"fromit";i:1;s:4:"late";i:2;}i:2;a:0:{}i:3;N;}
array(4) {
  [0]=>
  int(0)
  [1]=>
  array(5) {
    ["a"]=>
    int(1)
    ["c"]=>
    int(3)
    [0]=>
    string(1) "x"
    ["fromit"]=>
    int(1)
    ["late"]=>
    int(2)
  }
  [2]=>
  array(0) {
  }
  [3]=>
  NULL
}
object(ArrayObject)#2 (1) {
  ["storage":"ArrayObject":private]=>
  array(5) {
    ["a"]=>
    int(1)
    ["c"]=>
    int(3)
    [0]=>
    string(1) "x"
    ["fromit"]=>
    int(1)
    ["late"]=>
    int(2)
  }
}
array(5) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
  [0]=>
  string(1) "x"
  ["fromit"]=>
  int(1)
  ["late"]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(13) "ArrayIterator"
string(4) "MyIt"
TypeError: ArrayObject::setIteratorClass(): Argument #1 ($iteratorClass) must be a class name derived from ArrayIterator, stdClass given
TypeError: ArrayObject::setIteratorClass(): Argument #1 ($iteratorClass) must be a class name derived from ArrayIterator, Nope given
TypeError: ArrayObject::__construct(): Argument #3 ($iteratorClass) must be a class name derived from ArrayIterator, stdClass given
TypeError: ArrayObject::__construct(): Argument #1 ($array) must be of type array, int given
int(2)
int(3)
x:i:0;a:2:{i:0;i:1;i:1;i:2;};m:a:0:{}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
object(Coll)#6 (2) {
  ["t"]=>
  int(1)
  ["storage":"ArrayObject":private]=>
  array(1) {
    [0]=>
    string(1) "q"
  }
}
O:4:"Coll":4:{i:0;i:0;i:1;a:1:{i:0;s:1:"q";}i:2;a:1:{s:1:"t";i:1;}i:3;N;}
array(1) {
  ["x"]=>
  int(1)
}
array(3) {
  [1]=>
  int(1)
  [2]=>
  int(2)
  [0]=>
  int(3)
}
11 12 13 21 22 23 31 32 33
