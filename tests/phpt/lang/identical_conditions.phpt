--TEST--
=== and !== between variables and literals in conditions (undefined variables, references, identity)
--FILE--
<?php
// === and !== in conditions between variables and literals: every type pair, undefined
// variables (warning, as null), references, arrays and objects by identity.
function check($a, $b) {
    $r = [];
    if ($a === $b) { $r[] = '==='; }
    if ($a !== $b) { $r[] = '!=='; }
    return implode(',', $r);
}
$vals = [null, false, true, 0, 1, -0.0, 0.0, 1.0, '', '0', '1', 'a', [], [1], [1.0], ['a' => 1]];
foreach ($vals as $i => $x) {
    $line = '';
    foreach ($vals as $j => $y) {
        $line .= check($x, $y) === '===' ? '=' : '.';
    }
    echo $line, "\n";
}
$s = 'server';
var_dump($s === 'server', $s !== 'server', 'server' === $s, $s === 'Server');
if ($s === 'server') { echo "literal on the right\n"; }
if ('server' !== $s) { echo "never\n"; } else { echo "literal on the left\n"; }
// Undefined variables warn once per read and compare as null.
if ($undef === null) { echo "undefined is null\n"; }
if (null !== $undef2) { echo "never\n"; }
// References compare their targets.
$t = 5;
$r = &$t;
if ($r === 5) { echo "ref ok\n"; }
$t = 'x';
if ($r !== 5 && $r === 'x') { echo "ref follows\n"; }
// A reference to an unset variable.
$u = &$nothing;
if ($u === null) { echo "ref to null\n"; }
// Objects by identity, arrays by contents and order.
$o = new stdClass;
$p = $o;
$q = new stdClass;
var_dump($o === $p, $o === $q, $o !== $q);
$a = [1, 2];
$b = [1, 2];
$c = [1 => 2, 0 => 1];
var_dump($a === $b, $a === $c, $a !== $c);
// In loops, with the compared variable changing.
$data = 'abc';
$n = 0;
while ($data !== '') {
    $data = substr($data, 1);
    $n++;
}
var_dump($n);
$x = false;
if ($x === false || $x === '') { echo "false or empty\n"; }
$x = '';
if ($x === false || $x === '') { echo "false or empty\n"; }
--EXPECTF--
=...............
.=..............
..=.............
...=............
....=...........
.....==.........
.....==.........
.......=........
........=.......
.........=......
..........=.....
...........=....
............=...
.............=..
..............=.
...............=
bool(true)
bool(false)
bool(true)
bool(false)
literal on the right
literal on the left

Warning: Undefined variable $undef in %s on line 23
undefined is null

Warning: Undefined variable $undef2 in %s on line 24
ref ok
ref follows
ref to null
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
int(3)
false or empty
false or empty
