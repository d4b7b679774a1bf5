--TEST--
iterator_to_array and iterator_count with arrays and Iterators
--FILE--
<?php
class It implements Iterator {
    private $i = 0;
    public function __construct(private array $d) {}
    public function current(): mixed { return $this->d[$this->i][1]; }
    public function key(): mixed { return $this->d[$this->i][0]; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < count($this->d); }
}
$it = new It([['a', 1], ['b', 2], ['a', 3], [7, 4]]);
var_dump(iterator_to_array($it), iterator_to_array($it, false), iterator_count($it));
class Agg implements IteratorAggregate { public function getIterator(): Iterator { return new It([['x', 'y']]); } }
var_dump(iterator_to_array(new Agg));
var_dump(iterator_to_array(['k' => 'v', 5 => 'w']), iterator_to_array(['k' => 'v', 5 => 'w'], false), iterator_count([1, 2]));
try { iterator_to_array(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  [7]=>
  int(4)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
int(4)
array(1) {
  ["x"]=>
  string(1) "y"
}
array(2) {
  ["k"]=>
  string(1) "v"
  [5]=>
  string(1) "w"
}
array(2) {
  [0]=>
  string(1) "v"
  [1]=>
  string(1) "w"
}
int(2)
iterator_to_array(): Argument #1 ($iterator) must be of type Traversable|array, int given
