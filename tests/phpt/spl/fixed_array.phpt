--TEST--
SplFixedArray: offsets and their errors, sizes, iteration and InternalIterator, fromArray, clone
--FILE--
<?php
$a = new SplFixedArray(3);
$a[0] = 'x'; $a[2] = [1];
var_dump(count($a), $a->getSize(), $a[1], isset($a[1]), isset($a[0]), $a->offsetExists(2), $a->toArray());
foreach ($a as $k => $v) echo "$k=", json_encode($v), " ";
echo "\n";
foreach ($a as $k => $v) { foreach ($a as $k2 => $v2) echo "$k$k2 "; }
echo "\n";
$it = $a->getIterator();
var_dump(get_class($it), $it instanceof Iterator, $it->valid(), $it->key(), $it->current());
$it->next(); $it->next();
var_dump($it->key(), $it->current());
$it->next();
var_dump($it->valid(), $it->key());
try { var_dump($it->current()); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$it->rewind();
var_dump($it->key());
try { new InternalIterator; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a->setSize(5), $a->getSize(), $a[4]);
$a->setSize(1);
var_dump($a->toArray());
foreach ([1, -1, 'x', '1', ' 1', '1x', 1.5, true, [], new stdClass] as $bad) {
    try { var_dump($a[$bad]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { $a[1] = 2; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unset($a[3]); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new SplFixedArray(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { $a->setSize(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump($a[0.0], $a[false], $a["0"]);
unset($a[0]);
var_dump($a[0], $a->getSize());
// shrinking while iterating ends the loop early
$b = SplFixedArray::fromArray([1, 2, 3, 4]);
foreach ($b as $k => $v) { if ($k == 0) $b->setSize(2); echo "$k "; }
echo "\n";
// fromArray
var_dump(SplFixedArray::fromArray([3 => 'd', 1 => 'b'])->toArray(), SplFixedArray::fromArray([3 => 'd', 1 => 'b'], false)->toArray());
var_dump(SplFixedArray::fromArray([])->getSize());
foreach ([['a' => 1], [-1 => 1]] as $bad) {
    try { SplFixedArray::fromArray($bad); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
}
class G extends SplFixedArray {}
var_dump(get_class(G::fromArray([1])));
$c = clone $b; $c[0] = 'z'; var_dump($b[0], $c[0]);
var_dump(new SplFixedArray);
--EXPECTF--
int(3)
int(3)
NULL
bool(false)
bool(true)
bool(true)
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  NULL
  [2]=>
  array(1) {
    [0]=>
    int(1)
  }
}
0="x" 1=null 2=[1] 
00 01 02 10 11 12 20 21 22 
string(16) "InternalIterator"
bool(true)
bool(true)
int(0)
string(1) "x"
int(2)
array(1) {
  [0]=>
  int(1)
}
bool(false)
int(3)
RuntimeException: Index invalid or out of range
int(0)
Call to private InternalIterator::__construct() from global scope
bool(true)
int(5)
NULL
array(1) {
  [0]=>
  string(1) "x"
}
RuntimeException: Index invalid or out of range
RuntimeException: Index invalid or out of range
TypeError: Illegal offset type
RuntimeException: Index invalid or out of range
TypeError: Illegal offset type
TypeError: Illegal offset type

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 23
RuntimeException: Index invalid or out of range
RuntimeException: Index invalid or out of range
TypeError: Illegal offset type
TypeError: Illegal offset type
RuntimeException: Index invalid or out of range
RuntimeException: Index invalid or out of range
Error: [] operator not supported for SplFixedArray
SplFixedArray::__construct(): Argument #1 ($size) must be greater than or equal to 0
SplFixedArray::setSize(): Argument #1 ($size) must be greater than or equal to 0
string(1) "x"
string(1) "x"
string(1) "x"
NULL
int(1)
0 1 
array(4) {
  [0]=>
  NULL
  [1]=>
  string(1) "b"
  [2]=>
  NULL
  [3]=>
  string(1) "d"
}
array(2) {
  [0]=>
  string(1) "d"
  [1]=>
  string(1) "b"
}
int(0)
array must contain only positive integer keys
array must contain only positive integer keys
string(13) "SplFixedArray"
int(1)
string(1) "z"
object(SplFixedArray)#6 (0) {
}
