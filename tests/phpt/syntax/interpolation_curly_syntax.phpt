--TEST--
"{$expr}" with property, index and method chains
--FILE--
<?php
$a = ['x' => ['y' => 'XY'], 1 => [2 => 'one-two']];
$o = new stdClass;
$o->b = ['x' => 'bx'];
$k = 'x';
echo "{$a['x']['y']} {$a[1][2]} {$o->b['x']} {$o->b[$k]} {$a[$k]['y']}\n";
echo "{$o->b['x']}s\n";
--EXPECT--
XY one-two bx bx XY
bxs
