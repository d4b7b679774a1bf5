--TEST--
A private property redeclared in a subclass is a separate slot, seen by each class's own code
--FILE--
<?php
class Base {
    private $x = 'base-x';
    public $pub = 'pub';
    private $only = 'base-only';
    function baseX() { return $this->x; }
    function setBaseX($v) { $this->x = $v; }
    function baseVars() { return get_object_vars($this); }
    function bump() { $r = &$this->x; $r .= '+'; return isset($this->x); }
    function drop() { unset($this->x); }
}
class Mid extends Base {
    public $x = 'mid-x';
    function midX() { return $this->x; }
    function midVars() { return get_object_vars($this); }
}
class Leaf extends Mid {
    public $x = 'leaf-x';
    private $only = 'leaf-only';
}
$m = new Mid;
var_dump($m);
print_r($m); echo "\n";
echo implode(',', array_map(fn($k) => str_replace("\0", '\0', $k), array_keys((array)$m))), "\n";
var_dump($m->baseX(), $m->midX(), $m->x);
$m->setBaseX('changed');
$m->x = 'mid changed';
var_dump($m->baseX(), $m->midX(), $m->bump(), $m->baseX());
var_dump($m->baseVars(), $m->midVars(), get_object_vars($m));
foreach ($m as $k => $v) echo "$k => $v\n";
var_export($m); echo "\n";
echo json_encode($m), "\n";
$s = serialize($m);
echo str_replace("\0", '\0', $s), "\n";
$u = unserialize($s);
var_dump($u->baseX(), $u->x, $u == $m);
$c = clone $m;
var_dump($c == $m);
$c->setBaseX('other');
var_dump($c == $m);
$m->drop();
var_dump($m);
var_dump(new Leaf);
?>
--EXPECT--
object(Mid)#1 (4) {
  ["x":"Base":private]=>
  string(6) "base-x"
  ["pub"]=>
  string(3) "pub"
  ["only":"Base":private]=>
  string(9) "base-only"
  ["x"]=>
  string(5) "mid-x"
}
Mid Object
(
    [x:Base:private] => base-x
    [pub] => pub
    [only:Base:private] => base-only
    [x] => mid-x
)

\0Base\0x,pub,\0Base\0only,x
string(6) "base-x"
string(5) "mid-x"
string(5) "mid-x"
string(7) "changed"
string(11) "mid changed"
bool(true)
string(8) "changed+"
array(3) {
  ["x"]=>
  string(8) "changed+"
  ["pub"]=>
  string(3) "pub"
  ["only"]=>
  string(9) "base-only"
}
array(2) {
  ["pub"]=>
  string(3) "pub"
  ["x"]=>
  string(11) "mid changed"
}
array(2) {
  ["pub"]=>
  string(3) "pub"
  ["x"]=>
  string(11) "mid changed"
}
pub => pub
x => mid changed
\Mid::__set_state(array(
   'x' => 'changed+',
   'pub' => 'pub',
   'only' => 'base-only',
   'x' => 'mid changed',
))
{"pub":"pub","x":"mid changed"}
O:3:"Mid":4:{s:7:"\0Base\0x";s:8:"changed+";s:3:"pub";s:3:"pub";s:10:"\0Base\0only";s:9:"base-only";s:1:"x";s:11:"mid changed";}
string(8) "changed+"
string(11) "mid changed"
bool(true)
bool(true)
bool(false)
object(Mid)#1 (3) {
  ["pub"]=>
  string(3) "pub"
  ["only":"Base":private]=>
  string(9) "base-only"
  ["x"]=>
  string(11) "mid changed"
}
object(Leaf)#4 (5) {
  ["x":"Base":private]=>
  string(6) "base-x"
  ["pub"]=>
  string(3) "pub"
  ["only":"Base":private]=>
  string(9) "base-only"
  ["x"]=>
  string(6) "leaf-x"
  ["only":"Leaf":private]=>
  string(9) "leaf-only"
}
