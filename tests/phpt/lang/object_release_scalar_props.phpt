--TEST--
Releasing objects: scalar-only properties (the short path), held objects, dynamic properties; handle reuse order and destructor timing
--FILE--
<?php
class D { public function __construct(public $n) {} public function __destruct() { echo "~{$this->n}\n"; } }
class P { public $a = 1; public $b = 2.5; public $c = null; public $d = true; }
class Q { public $held; public $x = 3; }
$p = new P; $p2 = new P;
var_dump(spl_object_id($p), spl_object_id($p2));
unset($p);
$p3 = new P;
var_dump(spl_object_id($p3));
$q = new Q; $q->held = new D("inner");
$q2 = new Q; $q2->dyn = 5;
unset($q);
echo "after q\n";
$r = new P; var_dump(spl_object_id($r));
unset($q2);
$s = new P; var_dump(spl_object_id($s));
$o = new Q; $o->held = [new D("arr")];
$o = null;
echo "end\n";
--EXPECTF--
int(1)
int(2)
int(1)

Deprecated: Creation of dynamic property Q::$dyn is deprecated in %s on line 11
~inner
after q
int(3)
int(5)
~arr
end
