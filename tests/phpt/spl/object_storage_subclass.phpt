--TEST--
User classes extending SplObjectStorage: overrides, parent:: calls, own properties, clone, constructor
--FILE--
<?php
class Conn { function __construct(public int $id) {} }
class Clients extends SplObjectStorage {
    public string $room = "lobby";
    protected int $joins = 0;
    private array $log = [];
    public function attach(object $object, mixed $info = null): void {
        $this->joins++;
        $this->log[] = "join {$object->id}";
        parent::attach($object, $info ?? "anon");
    }
    public function offsetSet($object, mixed $info = null): void {
        echo "offsetSet {$object->id}\n";
        $this->attach($object, $info);
    }
    public function offsetGet($object): mixed {
        return strtoupper(parent::offsetGet($object));
    }
    public function getHash(object $object): string { return "c" . $object->id; }
    public function joins(): int { return $this->joins; }
    public function names(): array { $r = []; foreach ($this as $c) $r[] = $this[$c]; return $r; }
}
$cl = new Clients;
$x = new Conn(1); $y = new Conn(2);
$cl->attach($x, "alice");
$cl[$y] = "bob";
var_dump($cl[$x], $cl->names(), $cl->joins(), count($cl), $cl->room);
var_dump($cl);
print_r($cl); echo "\n";
$copy = clone $cl;
$copy->detach($x);
$copy->room = "other";
var_dump(count($cl), count($copy), $cl->room, $copy->joins());
var_dump($cl instanceof SplObjectStorage, $cl instanceof Countable, $cl instanceof Iterator);
class Plain extends SplObjectStorage {}
$p = new Plain;
$p->attach($x);
$p->addAll($cl);
var_dump(count($p), $p[$y]);
class WithCtor extends SplObjectStorage {
    public function __construct(public string $tag) { }
}
$w = new WithCtor("t");
$w->attach($x);
var_dump(count($w), $w->tag);
--EXPECT--
offsetSet 2
string(5) "ALICE"
array(2) {
  [0]=>
  string(5) "ALICE"
  [1]=>
  string(3) "BOB"
}
int(2)
int(2)
string(5) "lobby"
object(Clients)#1 (4) {
  ["room"]=>
  string(5) "lobby"
  ["joins":protected]=>
  int(2)
  ["log":"Clients":private]=>
  array(2) {
    [0]=>
    string(6) "join 1"
    [1]=>
    string(6) "join 2"
  }
  ["storage":"SplObjectStorage":private]=>
  array(2) {
    [0]=>
    array(2) {
      ["obj"]=>
      object(Conn)#2 (1) {
        ["id"]=>
        int(1)
      }
      ["inf"]=>
      string(5) "alice"
    }
    [1]=>
    array(2) {
      ["obj"]=>
      object(Conn)#3 (1) {
        ["id"]=>
        int(2)
      }
      ["inf"]=>
      string(3) "bob"
    }
  }
}
Clients Object
(
    [room] => lobby
    [joins:protected] => 2
    [log:Clients:private] => Array
        (
            [0] => join 1
            [1] => join 2
        )

    [storage:SplObjectStorage:private] => Array
        (
            [0] => Array
                (
                    [obj] => Conn Object
                        (
                            [id] => 1
                        )

                    [inf] => alice
                )

            [1] => Array
                (
                    [obj] => Conn Object
                        (
                            [id] => 2
                        )

                    [inf] => bob
                )

        )

)

int(2)
int(1)
string(5) "lobby"
int(2)
bool(true)
bool(true)
bool(true)
int(2)
string(3) "bob"
int(1)
string(1) "t"
