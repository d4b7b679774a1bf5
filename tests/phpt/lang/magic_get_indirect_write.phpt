--TEST--
Writing into a property __get stands in for: a copy, with the indirect-modification notice; enums implementing JsonSerializable
--FILE--
<?php
class Magic {
    private $data = ['list' => [1], 'obj' => null];
    private $hidden = [0];
    public $declared = [5];
    public function __construct() { $this->data['obj'] = new stdClass; unset($this->declared); }
    public function __get($n) { echo "__get($n)\n"; return $this->data[$n] ?? $this->$n ?? null; }
    public function __set($n, $v) { echo "__set($n)\n"; $this->data[$n] = $v; }
}
$m = new Magic;
$m->list[] = 2;
var_dump($m->list);
$m->list['k']['j'] = 3;
$m->obj->x = 'through the handle';
var_dump($m->obj);
$m->hidden[] = 1;
$m->declared[] = 6;
$m->newone = 5;
$m->newone .= 'x';
var_dump($m->newone);
class NoMagic { private $p = []; }
try { $n = new NoMagic; $n->p[] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
enum Card: string implements JsonSerializable { case A = 'a'; public function jsonSerialize(): mixed { return 'card:' . $this->name; } }
enum Plain: int { case One = 1; }
echo json_encode([Card::A, Plain::One]), "\n";
--EXPECTF--
__get(list)

Notice: Indirect modification of overloaded property Magic::$list has no effect in %s on line 11
__get(list)
array(1) {
  [0]=>
  int(1)
}
__get(list)

Notice: Indirect modification of overloaded property Magic::$list has no effect in %s on line 13
__get(obj)
__get(obj)
object(stdClass)#2 (1) {
  ["x"]=>
  string(18) "through the handle"
}
__get(hidden)

Notice: Indirect modification of overloaded property Magic::$hidden has no effect in %s on line 16
__get(declared)

Notice: Indirect modification of overloaded property Magic::$declared has no effect in %s on line 17
__set(newone)
__get(newone)
__set(newone)
__get(newone)
string(2) "5x"
Cannot access private property NoMagic::$p
["card:A",1]
