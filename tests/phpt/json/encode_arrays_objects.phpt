--TEST--
json_encode: lists, maps, objects, FORCE_OBJECT
--FILE--
<?php
echo json_encode([1, 2, 3]), json_encode(['a' => 1]), json_encode([3 => 'a', 4 => 'b']), json_encode([0 => 'a', 2 => 'b']), "\n";
echo json_encode([]), json_encode(new stdClass), json_encode([1, 2], JSON_FORCE_OBJECT), json_encode([[]], JSON_FORCE_OBJECT), "\n";
class Q { public $p = 1; protected $q = 2; private $r = 3; public $n; public $arr = ['x' => [1]]; }
echo json_encode(new Q), "\n";
$o = new stdClass; $o->{'0'} = 'zero'; $o->{''} = 'empty';
echo json_encode($o), "\n";
echo json_encode(['k' => ['x' => []], 'l' => [1, [2]]]), "\n";
--EXPECT--
[1,2,3]{"a":1}{"3":"a","4":"b"}{"0":"a","2":"b"}
[]{}{"0":1,"1":2}{"0":{}}
{"p":1,"n":null,"arr":{"x":[1]}}
{"0":"zero","":"empty"}
{"k":{"x":[]},"l":[1,[2]]}
