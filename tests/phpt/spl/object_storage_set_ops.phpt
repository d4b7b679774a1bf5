--TEST--
SplObjectStorage addAll, removeAll, removeAllExcept, contains, clone, getHash
--FILE--
<?php
class Item { function __construct(public string $n) {} }
[$a, $b, $c, $d] = [new Item('a'), new Item('b'), new Item('c'), new Item('d')];
$s1 = new SplObjectStorage; $s1[$a] = 1; $s1[$b] = 2;
$s2 = new SplObjectStorage; $s2[$b] = 20; $s2[$c] = 30;
$u = new SplObjectStorage;
var_dump($u->addAll($s1), $u->addAll($s2));
foreach ($u as $o) echo $o->n, "=", $u[$o], " ";
echo "\n";
var_dump($u->addAll($u), count($u));
$r = clone $u;
var_dump($r->removeAll($s1));
foreach ($r as $o) echo $o->n, " ";
echo "\n";
$k = clone $u;
$k[$d] = 4;
var_dump($k->removeAllExcept($s2));
foreach ($k as $o) echo $o->n, "=", $k[$o], " ";
echo "\n";
var_dump($k->removeAll($k), count($k));
var_dump($u->contains($a), $u->contains($d), $u->offsetExists($c));
// clone is independent
$c2 = clone $u;
$c2->detach($a);
$c2[$b] = 'changed';
var_dump(count($u), count($c2), $u[$b], $c2[$b]);
// getHash
var_dump($u->getHash($a) === spl_object_hash($a), strlen($u->getHash($a)));
try { $u->addAll(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(2)
int(3)
a=1 b=20 c=30 
int(3)
int(3)
int(1)
c 
int(2)
b=20 c=30 
int(0)
int(0)
bool(true)
bool(false)
bool(true)
int(3)
int(2)
int(20)
string(7) "changed"
bool(true)
int(32)
SplObjectStorage::addAll(): Argument #1 ($storage) must be of type SplObjectStorage, stdClass given
