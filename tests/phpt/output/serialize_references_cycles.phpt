--TEST--
serialize/unserialize: object cycles and PHP references
--FILE--
<?php
$o = new stdClass; $o->self = $o; $o->arr = [$o];
echo serialize($o), "\n";
$u = unserialize(serialize($o));
var_dump($u->self === $u, $u->arr[0] === $u);
$a = [1, 2]; $a[] = &$a[0];
echo serialize($a), "\n";
$b = unserialize(serialize($a)); $b[2] = 'changed'; var_dump($b);
$x = ['k' => [1]]; $x['r'] = &$x['k'];
echo serialize($x), "\n";
$y = unserialize(serialize($x)); $y['r'][] = 2; var_dump($y);
$r = [1]; $r[] = &$r;
echo serialize($r), "\n";
class N { public $next; public $v; function __construct($v) { $this->v = $v; } }
$n1 = new N(1); $n2 = new N(2); $n1->next = $n2; $n2->next = $n1;
echo serialize([$n1, $n2]), "\n";
$z = unserialize(serialize([$n1, $n2]));
var_dump($z[0]->next === $z[1], $z[1]->next === $z[0]);
--EXPECT--
O:8:"stdClass":2:{s:4:"self";r:1;s:3:"arr";a:1:{i:0;r:1;}}
bool(true)
bool(true)
a:3:{i:0;i:1;i:1;i:2;i:2;R:2;}
array(3) {
  [0]=>
  &string(7) "changed"
  [1]=>
  int(2)
  [2]=>
  &string(7) "changed"
}
a:2:{s:1:"k";a:1:{i:0;i:1;}s:1:"r";R:2;}
array(2) {
  ["k"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["r"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
a:2:{i:0;i:1;i:1;a:2:{i:0;i:1;i:1;R:3;}}
a:2:{i:0;O:1:"N":2:{s:4:"next";O:1:"N":2:{s:4:"next";r:2;s:1:"v";i:2;}s:1:"v";i:1;}i:1;r:3;}
bool(true)
bool(true)
