--TEST--
SplObjectStorage subclasses overriding getHash() key entries by its string
--FILE--
<?php
class Point { function __construct(public int $x, public int $y) {} }
class PointSet extends SplObjectStorage {
    public function getHash(object $o): string { echo "hash({$o->x},{$o->y}) "; return "{$o->x}:{$o->y}"; }
}
$s = new PointSet;
$s->attach(new Point(1, 2), "first");
$s->attach(new Point(1, 2), "second");
$s[new Point(3, 4)] = "third";
echo "\n";
var_dump(count($s), $s[new Point(1, 2)], isset($s[new Point(3, 4)]), $s->contains(new Point(9, 9)));
echo "\n";
foreach ($s as $i => $p) echo "$i: {$p->x},{$p->y} = ", $s->getInfo(), "\n";
$s->detach(new Point(3, 4));
var_dump(count($s));
$o = new SplObjectStorage;
$o->addAll($s);
var_dump(count($o));
$s->addAll($o);
echo "\n";
class BadHash extends SplObjectStorage {
    public function getHash(object $o): string { throw new LogicException("no hash"); }
}
try { (new BadHash)->attach(new stdClass); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
class IntHash extends SplObjectStorage {
    #[ReturnTypeWillChange]
    public function getHash($o) { return 42; }
}
try { (new IntHash)->attach(new stdClass); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
hash(1,2) hash(1,2) hash(3,4) 
hash(1,2) hash(3,4) hash(9,9) int(2)
string(6) "second"
bool(true)
bool(false)

0: 1,2 = second
1: 3,4 = third
hash(3,4) int(1)
int(1)
hash(1,2) 
no hash
RuntimeException: Hash needs to be a string
