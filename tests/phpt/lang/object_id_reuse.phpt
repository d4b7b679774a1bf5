--TEST--
Object handles are reused last-freed-first, an object's contents freed before its handle
--FILE--
<?php
class O { public $a; public $b; function __construct(public $n = 0) {} }
$a = new O(1); $b = new O(2); $c = new O(3); $d = new O(4);
unset($b); unset($d); unset($a);
$x = new O; $y = new O; $z = new O; $w = new O;
var_dump($x, $w);
echo spl_object_id(new O), " ", spl_object_id(new O), "\n";
$arr = [new O, new O, new O];
$arr = null;
var_dump(new O);
$objs = [];
for ($i = 0; $i < 3; $i++) { $objs[] = new O($i); }
array_pop($objs); array_shift($objs);
var_dump(spl_object_id(new O), spl_object_id(new O));
function f() { $t = new O; $u = new O; return spl_object_id($t) . "," . spl_object_id($u); }
echo f(), " ", f(), "\n";
$p = new O; $p->a = new O; $p->b = new O; $p->dyn = new O;
unset($p);
$q1 = new O; $q2 = new O; $q3 = new O; $q4 = new O;
var_dump(spl_object_id($q1), spl_object_id($q2), spl_object_id($q3), spl_object_id($q4));
$list = [new O, new O, new O];
unset($list);
$r1 = new O; $r2 = new O; $r3 = new O;
var_dump(spl_object_id($r1), spl_object_id($r2), spl_object_id($r3));
$s1 = new stdClass; $s2 = clone $s1;
var_dump(spl_object_id($s2));
unset($s1, $s2, $r2);
var_dump(new stdClass);
$m = array_map(fn($i) => new O($i), [1, 2, 3]);
var_dump(spl_object_id($m[0]), spl_object_id($m[2]));
?>
--EXPECTF--
object(O)#1 (3) {
  ["a"]=>
  NULL
  ["b"]=>
  NULL
  ["n"]=>
  int(0)
}
object(O)#5 (3) {
  ["a"]=>
  NULL
  ["b"]=>
  NULL
  ["n"]=>
  int(0)
}
6 6
object(O)#8 (3) {
  ["a"]=>
  NULL
  ["b"]=>
  NULL
  ["n"]=>
  int(0)
}
int(8)
int(8)
8,6 6,8

Deprecated: Creation of dynamic property O::$dyn is deprecated in %s on line 17
int(8)
int(9)
int(6)
int(10)
int(13)
int(12)
int(11)
int(15)
object(stdClass)#12 (0) {
}
int(15)
int(16)
