--TEST--
declare(ticks=N) with register_tick_function: which statements tick, arguments, unregister, nesting
--FILE--
<?php
declare(ticks=1);
$n = 0;
function tk($tag = '') { global $n; $n++; echo "tick$tag $n\n"; }
register_tick_function('tk');
$a = 1;
$b = 2;
if ($a) { echo "in if\n"; }
for ($i = 0; $i < 2; $i++) { echo "loop $i\n"; }
function f() { echo "f body\n"; return 1; }
f();
class C { public $x = 1; function m() { echo "m\n"; } }
(new C)->m();
unregister_tick_function('tk');
echo "after\n";
register_tick_function('tk', '-arg');
echo "x\n";

// second part: counting with N > 1
function tk2() { echo "T\n"; }
unregister_tick_function("tk"); register_tick_function("tk2");

echo "s1\n";
for ($i = 0; $i < 1; $i++) { echo "for\n"; }
echo "s2\n";
foreach ([1] as $v) { echo "fe\n"; }
echo "s3\n";
switch (1) { case 1: echo "sw\n"; break; }
echo "s4\n";
try { echo "try\n"; } catch (Exception $e) {} finally { echo "fin\n"; }
echo "s5\n";
do { echo "do\n"; } while (false);
echo "s6\n";
$f = function() { echo "cl\n"; return 5; };
echo "s7\n";
$f();
echo "s8\n";
class K2 {}
echo "s9\n";
if (true) { function inner2() {} }
echo "s10\n";
?>
--EXPECT--
tick 1
tick 2
tick 3
in if
tick 4
loop 0
tick 5
loop 1
tick 6
tick 7
f body
tick 8
tick 9
m
tick 10
tick 11
after
tick-arg 12
x
tick-arg 13
T
s1
T
for
T
T
s2
T
fe
T
T
s3
T
sw
T
s4
T
try
T
fin
T
T
s5
T
do
T
T
s6
T
T
s7
T
cl
T
T
s8
T
s9
T
T
s10
T
