--TEST--
readonly reads
--FILE--
<?php
class A { public function __construct(public readonly array $l, public readonly object $o) {} function f() { return $this->l[0]; } }
$a = new A([1, [2]], new stdClass);
var_dump($a->f(), $a->l[1][0], isset($a->l[0]), $a->l[5] ?? 'd', count($a->l), empty($a->l[0]));
foreach ($a->l as $v) { echo gettype($v), " "; }
$a->o->x = 5; var_dump($a->o->x);
$copy = $a->l; $copy[] = 3; var_dump(count($copy));
--EXPECTF--
int(1)
int(2)
bool(true)
string(1) "d"
int(2)
bool(false)
integer array int(5)
int(3)
