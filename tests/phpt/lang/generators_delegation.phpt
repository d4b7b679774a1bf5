--TEST--
generators delegation
--FILE--
<?php
function inner() { $x = yield 1; echo "inner got $x\n"; yield 2; return "inner-ret"; }
function outer() { $r = yield from inner(); echo "r=$r\n"; yield from [10, 20]; yield from new ArrayObjectLike(); $last = yield 99; return $last; }
class ArrayObjectLike implements IteratorAggregate { public function getIterator(): Iterator { return (function () { yield 'a' => 'A'; })(); } }
$g = outer();
foreach ($g as $k => $v) { echo "$k => $v\n"; }
$g = outer();
$g->current(); $g->send("sent-to-inner");
function countdown($n) { if ($n > 0) { yield $n; yield from countdown($n - 1); } }
foreach (countdown(3) as $k => $v) echo "$k:$v ";
echo "\n";
function g1() { yield 1; yield 2; }
function g2() { yield 0; yield from g1(); yield 3; }
foreach (g2() as $k => $v) echo "$k:$v ";
echo "\n";
try { function bad() { yield from 5; } foreach (bad() as $v) {} } catch (Error $e) { echo $e->getMessage(), "\n"; }
$done = (function () { yield 1; return 5; })();
foreach ($done as $_) {}
function reuse($g) { return yield from $g; }
$r = reuse($done);
foreach ($r as $v) echo "never\n";
var_dump($r->getReturn());
--EXPECTF--
0 => 1
inner got 
1 => 2
r=inner-ret
0 => 10
1 => 20
a => A
0 => 99
inner got sent-to-inner
0:3 0:2 0:1 
0:0 0:1 1:2 1:3 
Can use "yield from" only with arrays and Traversables

Fatal error: Uncaught Error: Generator passed to yield from was aborted without proper return and is unable to continue in %s:19
Stack trace:
#0 %s(21): reuse(Object(Generator))
#1 {main}
  thrown in %s on line 19
--EXITCODE--
255
