--TEST--
Element assignment reads variable keys after computing the value, other keys before
--FILE--
<?php
// Element assignment: a key that is a plain variable is read after the value is computed.
$a = [10, 20, 30]; $q = 0;
$a[$q] = $a[$q++];
echo json_encode($a), " $q\n";
$b = [1, 2, 3]; $i = 1;
$b[$i] = $i++ + 100;
echo json_encode($b), "\n";
$c = [1, 2, 3]; $j = 0;
$c[$j++] = $c[$j];
echo json_encode($c), "\n";
function setk() { global $k; $k = 2; return 5; }
$d = [0, 0, 0]; $k = 0;
$d[$k] = setk();
echo json_encode($d), "\n";
$e = []; $m = 'x';
$e[$m] = ($m = 'y');
echo json_encode($e), "\n";
// nested keys
$n = [[0, 0], [0, 0]]; $r = 0; $s = 0;
$n[$r][$s] = ($r = 1) + ($s = 1);
echo json_encode($n), "\n";
// a non-variable key is computed before the value
$p = [0, 0, 0, 0]; $t = 1;
$p[$t + 1] = ($t = 0) + 7;
echo json_encode($p), "\n";
// compound assignment
$g = [1, 1, 1]; $u = 0;
$g[$u] += ($u = 2) * 10;
echo json_encode($g), "\n";
$h = ['a' => 'x', 'b' => 'y']; $w = 'a';
$h[$w] .= ($w = 'b');
echo json_encode($h), "\n";
// closures changing the key through a reference
$z = 0; $set = function () use (&$z) { $z = 1; return 'v'; };
$arr = ['', ''];
$arr[$z] = $set();
echo json_encode($arr), "\n";
// an undefined key variable is reported after the value's own warnings
$o = [];
$o[$undef] = $alsoUndef;
var_dump($o);
// objects: property holding the array
$obj = new stdClass; $obj->list = [0, 0, 0]; $x = 0;
$obj->list[$x] = ++$x;
echo json_encode($obj->list), "\n";
// static and global arrays
function g2() { static $st = [0, 0]; $i = 0; $st[$i] = $i++; return $st; }
echo json_encode(g2()), "\n";
--EXPECTF--
[10,10,30] 1
[1,2,101]
[2,2,3]
[0,0,5]
{"y":"y"}
[[0,0],[0,2]]
[0,0,7,0]
[1,1,21]
{"a":"x","b":"yb"}
["","v"]

Warning: Undefined variable $undef in %s on line 41

Warning: Undefined variable $alsoUndef in %s on line 41
array(1) {
  [""]=>
  NULL
}
[0,1,0]
[0,0]
