--TEST--
"$o->p" and "$o?->p"
--FILE--
<?php
$o = new stdClass;
$o->p = 'prop';
$o->q = new stdClass;
$o->q->r = 'deep';
echo "$o->p $o?->p $o->p->x\n";
$n = null;
echo "[$n?->p]\n";
--EXPECT--
prop prop prop->x
[]
