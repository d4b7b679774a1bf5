--TEST--
ArrayIterator: offsets, iteration and seek, shared position, IteratorAggregate, sorting, flags, object argument
--FILE--
<?php
$src = ['a' => 1, 'b' => null, 'c' => 3];
$it = new ArrayIterator($src);
var_dump(isset($it['a']), $it->offsetExists('b'), empty($it['a']), empty($it['c']), $it['c']);
$it['d'] = 4;
var_dump(count($src), count($it), $it->getArrayCopy() === $src);
// manual iteration and seek
for ($it->rewind(); $it->valid(); $it->next()) echo $it->key(), "=", json_encode($it->current()), " ";
echo "\n";
var_dump($it->key(), $it->current());
$it->seek(1);
var_dump($it->key());
foreach ([-1, 4, 100] as $p) { try { $it->seek($p); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; } }
// foreach shares the iterator's position
$n = new ArrayIterator([1, 2, 3]);
foreach ($n as $x) { foreach ($n as $y) echo "$x$y "; }
echo "\n";
// unsetting and adding while iterating
$m = new ArrayIterator(['x' => 1, 'y' => 2, 'z' => 3]);
foreach ($m as $k => $v) { echo "$k=$v "; if ($k === 'x') { $m['w'] = 9; } }
echo "\n";
// IteratorAggregate returning an ArrayIterator
class Bag implements IteratorAggregate, Countable {
    private array $items = [];
    public function add(string $k, $v): static { $this->items[$k] = $v; return $this; }
    public function getIterator(): ArrayIterator { return new ArrayIterator($this->items); }
    public function count(): int { return count($this->items); }
}
$bag = (new Bag)->add('one', 1)->add('two', 2);
foreach ($bag as $k => $v) echo "$k=$v ";
echo "\n";
var_dump(iterator_to_array($bag), iterator_count($bag->getIterator()), count($bag));
var_dump(iterator_to_array(new ArrayIterator([5 => 'a', 'k' => 'b']), false));
// sorting
$s = new ArrayIterator(['img12.png', 'img10.png', 'IMG2.png', 'img1.png']);
var_dump($s->natsort(), $s->getArrayCopy());
$s->natcasesort(); var_dump(array_values($s->getArrayCopy()));
$s->asort(SORT_STRING | SORT_FLAG_CASE); var_dump(array_values($s->getArrayCopy()));
$s->ksort(); var_dump(array_keys($s->getArrayCopy()));
$s->uksort(fn($a, $b) => $b <=> $a); var_dump(array_keys($s->getArrayCopy()));
try { $s->uasort('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
// flags, errors, empty iterator
$e = new ArrayIterator([], ArrayIterator::STD_PROP_LIST);
var_dump($e->getFlags(), count($e), $e->valid(), $e->key(), $e->current());
$e->setFlags(0); var_dump($e->getFlags());
$e[] = 'first'; $e->append('second');
var_dump($e->getArrayCopy());
try { new ArrayIterator('str'); } catch (TypeError $e2) { echo $e2->getMessage(), "\n"; }
$o = new ArrayIterator(new ArrayIterator([1]));
$p = new class { public $pub = 1; protected $pro = 2; private $pri = 3; };
$q = new ArrayIterator($p);
var_dump(count($q));
foreach ($q as $k => $v) echo "$k=$v ";
echo "\n";
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
int(3)
int(3)
int(4)
bool(false)
a=1 b=null c=3 d=4 
NULL
NULL
string(1) "b"
Seek position -1 is out of range
Seek position 4 is out of range
Seek position 100 is out of range
11 12 13 
x=1 y=2 z=3 w=9 
one=1 two=2 
array(2) {
  ["one"]=>
  int(1)
  ["two"]=>
  int(2)
}
int(2)
int(2)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
bool(true)
array(4) {
  [2]=>
  string(8) "IMG2.png"
  [3]=>
  string(8) "img1.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
array(4) {
  [0]=>
  string(8) "img1.png"
  [1]=>
  string(8) "IMG2.png"
  [2]=>
  string(9) "img10.png"
  [3]=>
  string(9) "img12.png"
}
array(4) {
  [0]=>
  string(8) "img1.png"
  [1]=>
  string(9) "img10.png"
  [2]=>
  string(9) "img12.png"
  [3]=>
  string(8) "IMG2.png"
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(4) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
  [3]=>
  int(0)
}
uasort(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
int(1)
int(0)
bool(false)
NULL
NULL
int(0)
array(2) {
  [0]=>
  string(5) "first"
  [1]=>
  string(6) "second"
}
ArrayIterator::__construct(): Argument #1 ($array) must be of type array, string given
int(1)
pub=1
