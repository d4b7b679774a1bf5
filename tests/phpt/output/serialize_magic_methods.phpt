--TEST--
serialize: __sleep, __wakeup, __serialize, __unserialize
--FILE--
<?php
class S { public $a = 1; public $b = 2; function __sleep() { return ['a']; } function __wakeup() { echo "wakeup\n"; } }
echo serialize(new S), "\n";
var_dump(unserialize(serialize(new S)));
class T { public $v = 1; function __serialize(): array { return ['x' => $this->v]; } function __unserialize(array $d): void { echo "unser ", $d['x'], "\n"; $this->v = $d['x'] + 1; } }
echo serialize(new T), "\n";
var_dump(unserialize(serialize(new T)));
class Bad { public $a = 1; function __sleep() { return ['a', 'missing']; } }
echo serialize(new Bad), "\n";
--EXPECTF--
O:1:"S":1:{s:1:"a";i:1;}
wakeup
object(S)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
O:1:"T":1:{s:1:"x";i:1;}
unser 1
object(T)#1 (1) {
  ["v"]=>
  int(2)
}

Warning: serialize(): "missing" returned as member variable from __sleep() but does not exist in %s on line 9
O:3:"Bad":1:{s:1:"a";i:1;}
