--TEST--
User heaps: compare() overrides, changes during compare, exceptions and corruption, clone
--FILE--
<?php
class ByLength extends SplHeap {
    protected function compare($a, $b): int { return strlen($a) - strlen($b); }
}
$h = new ByLength;
foreach (['aaa', 'b', 'cccccc', 'dd'] as $w) var_dump($h->insert($w));
foreach ($h as $k => $w) echo "$k:$w ";
echo "\n";
class Reverse extends SplMinHeap {
    public int $calls = 0;
    protected function compare($a, $b): int { $this->calls++; return parent::compare($b, $a); }
}
$r = new Reverse;
foreach ([3, 1, 2] as $x) $r->insert($x);
var_dump($r->top(), $r->calls > 0, $r);
class Meddler extends SplMaxHeap {
    protected function compare($a, $b): int { $this->insert(0); return 0; }
}
$m = new Meddler;
$m->insert(1);
try { $m->insert(2); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($m->isCorrupted(), count($m));
try { $m->extract(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($m->recoverFromCorruption(), $m->extract());
class Thrower extends SplMinHeap { protected function compare($a, $b): int { if ($a === 99 || $b === 99) throw new DomainException("no 99"); return parent::compare($a, $b); } }
$t = new Thrower;
$t->insert(5); $t->insert(6);
try { $t->insert(99); } catch (DomainException $e) { echo $e->getMessage(), "\n"; }
var_dump($t->isCorrupted(), count($t));
try { $t->top(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { foreach ($t as $v) {} } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$t->recoverFromCorruption();
var_dump($t->top());
class Tasks extends SplPriorityQueue {
    public function compare($p1, $p2): int { return $p2 <=> $p1; } // lowest priority first
}
$q = new Tasks;
$q->insert('write', 3); $q->insert('read', 1); $q->insert('think', 2);
while ($q->valid()) { echo $q->extract(), " "; }
echo "\n";
$c = new SplMinHeap; $c->insert(2); $d = clone $c; $d->insert(1);
var_dump($c->top(), $d->top(), count($c), count($d));
var_dump($q instanceof Iterator, $q instanceof Countable, new SplMinHeap instanceof SplHeap);
try { new SplHeap; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
3:cccccc 2:aaa 1:dd 0:b 
int(3)
bool(true)
object(Reverse)#2 (4) {
  ["calls"]=>
  int(2)
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(3) {
    [0]=>
    int(3)
    [1]=>
    int(1)
    [2]=>
    int(2)
  }
}
RuntimeException: Heap cannot be changed when it is already being modified.
bool(true)
int(2)
Heap is corrupted, heap properties are no longer ensured.
bool(true)
int(1)
no 99
bool(true)
int(3)
Heap is corrupted, heap properties are no longer ensured.
Heap is corrupted, heap properties are no longer ensured.
int(5)
read think write 
int(2)
int(1)
int(1)
int(2)
bool(true)
bool(true)
bool(true)
Cannot instantiate abstract class SplHeap
