--TEST--
foreach over SplDoublyLinkedList/SplQueue/SplStack: its own position, changes during the loop, delete mode, overriding subclasses
--FILE--
<?php
$make = function () { $l = new SplDoublyLinkedList; foreach (['a', 'b', 'c'] as $x) $l->push($x); return $l; };
// each foreach has its own position, apart from rewind()/next()
$l = $make();
foreach ($l as $x) { foreach ($l as $y) echo "$x$y "; }
echo "\n";
$l->rewind(); $l->next();
foreach ($l as $k => $v) echo "$k=$v ";
echo "\n";
var_dump($l->key(), $l->current());
// changes to the list while a foreach runs
$l = $make();
foreach ($l as $k => $v) {
    echo "$k=$v ";
    if ($v === 'a') { $l->push('d'); $l->shift(); $l->unshift('z'); }
    if ($v === 'b') { $l->offsetUnset(0); }
}
echo "| ", implode(',', iterator_to_array($l)), "\n";
// the mode is taken when the loop starts
$s = new SplStack; $s->push(1); $s->push(2); $s->push(3);
foreach ($s as $k => $v) { echo "$k=$v "; }
echo "\n";
$q = new SplQueue; $q->push(1); $q->push(2); $q->push(3);
$q->setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE);
foreach ($q as $k => $v) { echo "$k=$v(", count($q), ") "; }
echo "\n", count($q), "\n";
// a subclass overriding current() is iterated through its methods
class Upper extends SplDoublyLinkedList { public function current(): mixed { return strtoupper(parent::current()); } }
$u = new Upper; $u->push('x'); $u->push('y');
foreach ($u as $k => $v) echo "$k=$v ";
echo "\n";
class Plain extends SplQueue { public $tag = 1; }
$p = new Plain; $p[] = 'p1'; $p[] = 'p2';
foreach ($p as $k => $v) { foreach ($p as $w) echo "$v$w "; }
echo "\n";
// object handles: the loop's iterator takes one, as in PHP
foreach ($make() as $v) {}
var_dump(new stdClass);
$l = $make();
foreach ($l as $v) { $o = new stdClass; }
var_dump($o);
--EXPECT--
aa ab ac ba bb bc ca cb cc 
0=a 1=b 2=c 
int(1)
string(1) "b"
0=a | z,b,c,d
2=3 1=2 0=1 
0=1(3) 0=2(2) 0=3(1) 
0
0=X 1=Y 
p1p1 p1p2 p2p1 p2p2 
object(stdClass)#8 (0) {
}
object(stdClass)#7 (0) {
}
