--TEST--
SplObjectStorage iteration: foreach, manual stepping, detach while iterating, getInfo/setInfo
--FILE--
<?php
class Conn { function __construct(public int $id) {} }
$s = new SplObjectStorage;
$objs = [];
for ($i = 0; $i < 5; $i++) { $objs[] = $q = new Conn($i); $s->attach($q, "data$i"); }
// detaching resets the storage's position
foreach ($s as $i => $q) { echo "$i:{$q->id} "; if ($q->id == 1) $s->detach($q); }
echo "\n", count($s), "\n";
foreach ($s as $i => $q) { echo "$i:{$q->id}:", $s->getInfo(), " "; }
echo "\n";
// re-attaching an object keeps its place and replaces the data
$s->attach($objs[3], "new3");
$s->attach($objs[1]);
foreach ($s as $i => $q) { echo "$i:{$q->id}:", var_export($s[$q], true), " "; }
echo "\n";
// manual iteration
$s->rewind();
while ($s->valid()) {
    $o = $s->current();
    echo $s->key(), " ", $o->id, " ", var_export($s->getInfo(), true), "\n";
    $s->setInfo("seen{$o->id}");
    $s->next();
}
var_dump($s->valid(), $s->key(), $s->getInfo());
$s->setInfo("ignored");
try { $s->current(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s->rewind();
var_dump($s->key(), $s->getInfo());
// removing everything while iterating
foreach ($s as $q) { $s->detach($q); }
var_dump(count($s));
// empty storage
$e = new SplObjectStorage;
foreach ($e as $x) echo "never\n";
var_dump($e->valid(), $e->key(), $e->getInfo(), iterator_count($e));
// iterator_to_array
$t = new SplObjectStorage;
$t[$objs[0]] = 'a'; $t[$objs[2]] = 'b';
var_dump(array_map(fn($o) => $o->id, iterator_to_array($t)));
// nested loops over the same storage share its position
foreach ($t as $k => $a) { foreach ($t as $b) { echo "{$a->id}-{$b->id} "; } }
echo "\n";
--EXPECT--
0:0 1:1 1:2 2:3 3:4 
4
0:0:data0 1:2:data2 2:3:data3 3:4:data4 
0:0:'data0' 1:2:'data2' 2:3:'new3' 3:4:'data4' 4:1:NULL 
0 0 'data0'
1 2 'data2'
2 3 'new3'
3 4 'data4'
4 1 NULL
bool(false)
int(5)
NULL
RuntimeException: Called current() on invalid iterator
int(0)
string(5) "seen0"
int(1)
bool(false)
int(0)
NULL
int(0)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(2)
}
0-0 0-2
