--TEST--
Identity tests of a variable against literals, alone and combined with && and ||
--FILE--
<?php
// Identity tests of a variable against literals, alone and under && / ||.
function show($label, $b) { echo $label, ': ', var_export($b, true), "\n"; }

$values = [false, true, null, '', '0', 'server', 0, 1, 0.0, [], 'Server'];
foreach ($values as $v) {
    echo var_export($v, true), ' => ';
    echo ($v === false ? 'F' : '-'), ($v !== false ? 'f' : '-');
    echo ($v === true ? 'T' : '-'), ($v === null ? 'N' : '-'), (null === $v ? 'n' : '-');
    echo ($v === '' ? 'E' : '-'), ($v !== '' ? 'e' : '-'), ($v === 'server' ? 'S' : '-');
    echo ($v === 0 ? 'Z' : '-'), (1 === $v ? 'O' : '-'), ($v === '0' ? 'Q' : '-');
    echo (($v === false || $v === '') ? 'X' : '-'), (($v !== null && $v !== 0) ? 'Y' : '-');
    echo "\n";
}

// Through a reference.
$a = 'server';
$r = &$a;
show('ref same', $r === 'server');
show('ref other', $a !== 'server');
$a = false;
show('ref now false', $r === false);

// An undefined variable warns, then compares as null.
show('undefined === null', $undefined === null);
show('undefined === false or null', $nope === false || $nope === null);
show('undefined !== ""', $gone !== '');

// Short-circuiting keeps side effects in order.
$n = 0;
function bump() { global $n; $n++; return $n; }
$x = '';
if ($x === '' || bump() === 1) { echo "short-circuit or, n=$n\n"; }
if ($x === false && bump() === 1) { echo "never\n"; } else { echo "short-circuit and, n=$n\n"; }
if ($x !== false && bump() === 1) { echo "evaluated and, n=$n\n"; }

// In a loop condition.
$data = 'abcdef';
$steps = 0;
while ($data !== '') {
    $data = substr($data, 2);
    $steps++;
}
show('steps', $steps);
$i = 0;
do { $i++; } while ($i !== 5 && $i !== 100);
show('i', $i);
--EXPECTF--
false => F-----e----XY
true => -fT---e-----Y
NULL => -f-Nn-e------
'' => -f---E-----XY
'0' => -f----e---Q-Y
'server' => -f----eS----Y
0 => -f----e-Z----
1 => -f----e--O--Y
0.0 => -f----e-----Y
array (
) => -f----e-----Y
'Server' => -f----e-----Y
ref same: true
ref other: false
ref now false: true

Warning: Undefined variable $undefined in %s on line 25
undefined === null: true

Warning: Undefined variable $nope in %s on line 26

Warning: Undefined variable $nope in %s on line 26
undefined === false or null: true

Warning: Undefined variable $gone in %s on line 27
undefined !== "": true
short-circuit or, n=0
short-circuit and, n=0
evaluated and, n=1
steps: 3
i: 5
