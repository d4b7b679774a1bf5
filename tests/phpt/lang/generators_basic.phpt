--TEST--
generators basic
--FILE--
<?php
function gen() { echo "[start]"; $x = yield 1; echo "[got $x]"; $y = yield 'k' => 2; echo "[got $y]"; yield 3; return 42; }
foreach (gen() as $k => $v) { echo "$k=>$v\n"; }
$g = gen();
var_dump($g instanceof Generator, $g instanceof Iterator, $g instanceof Traversable);
var_dump($g->current());
var_dump($g->send("A"));
var_dump($g->key());
var_dump($g->send("B"));
$g->next();
var_dump($g->valid(), $g->current(), $g->key(), $g->getReturn());
function keys() { yield 5 => 'a'; yield 'b'; yield 'x' => 'c'; yield 'd'; yield 2 => 'e'; yield 'f'; }
foreach (keys() as $k => $v) echo "$k=$v ";
echo "\n";
$gen = (fn() => yield 1)();
var_dump($gen->current());
function noYieldReached() { return 5; yield; }
$n = noYieldReached();
var_dump($n->valid(), $n->getReturn());
function infinite() { $i = 0; while (true) yield $i++; }
foreach (infinite() as $v) { if ($v > 4) break; echo $v; }
echo "\n";
$lazy = (function () { echo "body runs lazily\n"; yield 1; })();
echo "created\n";
$lazy->current();
function withArgs($a, $b = 10) { yield $a + $b; yield func_num_args(); }
foreach (withArgs(1) as $v) echo $v, " ";
echo "\n";
class Repo { private $items = ['x', 'y']; public function each() { foreach ($this->items as $i => $item) yield $i => strtoupper_x($item); } }
function strtoupper_x($s) { return "<$s>"; }
foreach ((new Repo)->each() as $k => $v) echo "$k:$v ";
echo "\n";
--EXPECTF--
[start]0=>1
[got ]k=>2
[got ]1=>3
bool(true)
bool(true)
bool(true)
[start]int(1)
[got A]int(2)
string(1) "k"
[got B]int(3)
bool(false)
NULL
NULL
int(42)
5=a 6=b x=c 7=d 2=e 8=f 
int(1)
bool(false)
int(5)
01234
created
body runs lazily
11 1 
0:<x> 1:<y> 
