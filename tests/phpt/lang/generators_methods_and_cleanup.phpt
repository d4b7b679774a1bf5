--TEST--
generators methods and cleanup
--FILE--
<?php
function gen() { yield 'a' => 1; yield 'b' => 2; return 3; }
function nums() { foreach (range(1, 5) as $n) yield $n; }
class C { private $v = 10; function g() { static $calls = 0; $calls++; yield $this->v + $calls; } }
$c = new C; foreach ($c->g() as $v) echo $v, "\n"; foreach ($c->g() as $v) echo $v, "\n";
function fin() { try { yield 1; yield 2; } finally { echo "cleanup at end\n"; } }
$keep = fin(); $keep->current();
echo "script end\n";
--EXPECTF--
11
12
script end
cleanup at end
