--TEST--
foreach by reference over an object's properties writes them, sees added ones
--FILE--
<?php
class O { public $a = 1; public $b = 2; protected $c = 3; function all() { foreach ($this as $k => &$v) { $v *= 10; } unset($v); } }
$o = new O;
foreach ($o as $k => &$v) { $v = $v + 100; }
unset($v);
var_dump($o);
$o->all();
var_dump($o);
$s = new stdClass; $s->x = 1; $s->y = [1];
foreach ($s as &$v) { if (is_array($v)) $v[] = 2; else $v++; }
var_dump($s);
class O { public $a = 1; public $b = 2; private $p = 5; public int $t = 7;
  function inside() { foreach ($this as $k => &$v) { echo "$k "; if ($k === 'a') unset($this->b); } echo "\n"; unset($v); } }
$o = new O;
foreach ($o as $k => &$v) { echo "$k=$v "; } echo "\n";
var_dump($o);   // $v still references the last property
unset($v);
$o->inside();
var_dump($o);
$s = new stdClass; $s->x = 1;
foreach ($s as $k => &$v) { if ($k === 'x') { $s->y = 2; } $v = "[$v]"; }
unset($v);
var_dump($s);
--EXPECTF--
object(O)#1 (3) {
  ["a"]=>
  int(101)
  ["b"]=>
  int(102)
  ["c":protected]=>
  int(3)
}
object(O)#1 (3) {
  ["a"]=>
  int(1010)
  ["b"]=>
  int(1020)
  ["c":protected]=>
  int(30)
}
object(stdClass)#2 (2) {
  ["x"]=>
  int(2)
  ["y"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}

Fatal error: Cannot declare class O, because the name is already in use in %s on line 12
--EXITCODE--
255
