--TEST--
Temporaries of echo arguments, conditions, for/foreach/switch heads are destroyed before the output or the body
--FILE--
<?php
class D { function __destruct() { echo "dtor\n"; } }
function mk($d) { return $d; }
if (mk(new D) !== null) { echo "in if\n"; }
echo "--\n";
$i = 0;
while (mk(new D) !== null && $i++ < 2) { echo "in while\n"; }
echo "--\n";
for ($i = 0; mk(new D) && $i < 2; $i++) { echo "in for\n"; }
echo "--\n";
function g() { return mk(new D) !== null ? "r\n" : "s\n"; }
echo g();
echo "--\n";
foreach ([1] as $_) { if (mk(new D) instanceof D) echo "yes\n"; }
echo "--\n";
switch (mk(new D) instanceof D) { case true: echo "case\n"; }
echo "--\n";
echo strlen(mk(new D) ? "ab" : ""), "\n";
echo "end\n";
class Box { function items() { return [1, 2]; } function __destruct() { echo "box dtor\n"; } }
foreach ((new Box)->items() as $x) { echo "item $x\n"; }
echo "--\n";
for ($o = (new Box)->items(), $j = 0; $j < 1; $j++, mk(new D)) { echo "for body\n"; }
echo "--\n";
do { echo "do body\n"; } while (mk(new D) === null);
echo "--\n";
switch ((new Box)->items()[0]) { case 1: echo "one\n"; break; }
echo "--\n";
echo (new Box)->items()[1], "\n";
echo "fin\n";
--EXPECT--
dtor
in if
--
dtor
in while
dtor
in while
dtor
--
dtor
in for
dtor
in for
dtor
--
dtor
r
--
dtor
yes
--
dtor
case
--
dtor
2
end
box dtor
item 1
item 2
--
box dtor
for body
dtor
--
do body
dtor
--
box dtor
one
--
box dtor
2
fin
