--TEST--
Object handles are reused in PHP's order when released objects held objects with destructors
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "D{$this->n} gone\n"; } }
class H { public $d; public $e; }
class K { public $in; function __destruct() { echo "K gone\n"; } }
function ids(...$os) { echo implode(",", array_map('spl_object_id', $os)), "\n"; }
$h = new H; $h->d = new D(1);
ids($h, $h->d);
$h = null;
ids(new stdClass, $s = new stdClass);
unset($s);
$x = [new H, new H];
$x[0]->d = new D(2); $x[1]->d = new D(3); $x[1]->e = new D(4);
$x = null;
$keep = [new stdClass, new stdClass, new stdClass, new stdClass, new stdClass];
ids(...$keep);
$k = new K; $k->in = new K; $k->in->in = new D(5);
ids($k, $k->in, $k->in->in);
unset($k);
$keep2 = [new stdClass, new stdClass, new stdClass, new stdClass];
ids(...$keep2);
function scope() { $h = new H; $h->d = new D(6); $h->e = new H; $h->e->d = new D(7); return spl_object_id($h); }
echo scope(), "\n";
$keep3 = [new stdClass, new stdClass, new stdClass, new stdClass];
ids(...$keep3);
class R { public $d; function __destruct() { global $saved; $saved = $this; echo "R saved\n"; } }
$h = new H; $h->d = new R; $h->d->d = new D(8);
$h = null;
$keep4 = [new stdClass, new stdClass];
ids(...$keep4);
echo "end\n";
--EXPECT--
1,2
D1 gone
1,2
D2 gone
D3 gone
D4 gone
1,5,4,2,3
6,7,8
K gone
K gone
D5 gone
6,7,8,9
D6 gone
D7 gone
10
10,12,13,11
R saved
14,17
end
D8 gone
