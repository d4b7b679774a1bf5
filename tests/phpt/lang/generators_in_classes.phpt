--TEST--
generators in classes
--FILE--
<?php
class Tree implements IteratorAggregate {
    private array $children = [];
    public function __construct(public string $name) {}
    public function add(Tree $t): static { $this->children[] = $t; return $this; }
    public function getIterator(): Generator { yield $this->name; foreach ($this->children as $c) yield from $c; }
    public function depthFirst(int $d = 0): Generator { yield $this->name => $d; foreach ($this->children as $c) yield from $c->depthFirst($d + 1); }
}
$t = (new Tree("root"))->add((new Tree("a"))->add(new Tree("a1")))->add(new Tree("b"));
foreach ($t as $k => $name) echo "$k:$name ";
echo "\n";
foreach ($t->depthFirst() as $name => $d) echo str_repeat("  ", $d), $name, "\n";
function kv() { $received = []; while (count($received) < 3) { $received[] = yield count($received); } return $received; }
$g = kv();
foreach (['x', 'y', 'z'] as $item) { $g->current(); $g->send($item); }
var_dump($g->valid(), $g->getReturn());
function gen_with_keys() { yield 'a' => 1; yield 'a' => 2; }
foreach (gen_with_keys() as $k => $v) echo "$k=$v ";
echo "\n";
$gen = (function () { $x = yield; while (true) { $x = yield $x * 2; } })();
$gen->current();
var_dump($gen->send(5), $gen->send(10));
--EXPECTF--
0:root 0:a 0:a1 0:b 
root
  a
    a1
  b
bool(false)
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
a=1 a=2 
int(10)
int(20)
