--TEST--
User classes implementing Serializable: the deprecation, C: serialization and unserialization, __serialize taking precedence
--FILE--
<?php
class Q implements Serializable { public $d = 1; function serialize() { return "a:{b}"; } function unserialize($d) { echo "unserialize($d)\n"; $this->d = $d; } }
class N implements Serializable { function serialize() { return null; } function unserialize($d) { } }
class I implements Serializable { function serialize() { return 5; } function unserialize($d) { } }
abstract class AbstractSer implements Serializable {}
class Modern implements Serializable {
    function serialize() { return "old"; }
    function unserialize($d) {}
    function __serialize(): array { return ['new']; }
    function __unserialize(array $a): void {}
}
class Child extends Q {}
class Old implements Serializable {
    private $items = [];
    function add($x) { $this->items[] = $x; }
    function serialize() { return serialize($this->items); }
    function unserialize($data) { $this->items = unserialize($data); }
    function __serialize(): array { return $this->items; }
    function __unserialize(array $d): void { $this->items = $d; }
}
echo serialize(new Q), "\n", serialize([new N, new Q]), "\n";
$q = new Q; echo serialize([$q, $q]), "\n";
try { echo serialize(new I), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s = serialize([new Q, 'x' => new Child]);
echo $s, "\n";
var_dump(unserialize($s));
$q->d = 'shared';
var_dump(unserialize(serialize([$q, $q])));
var_dump(unserialize('C:1:"Q":0:{}'));
echo serialize(new Modern), "\n";
$o = new Old; $o->add(1); $o->add('two');
echo serialize($o), "\n";
var_dump(unserialize(serialize($o)));
--EXPECTF--
Deprecated: Q implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s on line 2

Deprecated: N implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s on line 3

Deprecated: I implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s on line 4

Deprecated: Child implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s on line 12
C:1:"Q":5:{a:{b}}
a:2:{i:0;N;i:1;C:1:"Q":5:{a:{b}}}
a:2:{i:0;C:1:"Q":5:{a:{b}}i:1;r:2;}
Exception: I::serialize() must return a string or NULL
a:2:{i:0;C:1:"Q":5:{a:{b}}s:1:"x";C:5:"Child":5:{a:{b}}}
unserialize(a:{b})
unserialize(a:{b})
array(2) {
  [0]=>
  object(Q)#5 (1) {
    ["d"]=>
    string(5) "a:{b}"
  }
  ["x"]=>
  object(Child)#4 (1) {
    ["d"]=>
    string(5) "a:{b}"
  }
}
unserialize(a:{b})
array(2) {
  [0]=>
  object(Q)#4 (1) {
    ["d"]=>
    string(5) "a:{b}"
  }
  [1]=>
  object(Q)#4 (1) {
    ["d"]=>
    string(5) "a:{b}"
  }
}
unserialize()
object(Q)#4 (1) {
  ["d"]=>
  string(0) ""
}
O:6:"Modern":1:{i:0;s:3:"new";}
O:3:"Old":2:{i:0;i:1;i:1;s:3:"two";}
object(Old)#5 (1) {
  ["items":"Old":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(3) "two"
  }
}
