--TEST--
traits
--FILE--
<?php
trait Hello { public function hello() { return "Hello from " . static::class . " " . __TRAIT__ . " " . self::class; } public static $shared = 0; public static function inc() { return ++self::$shared; } }
trait World { public function world() { return "World"; } public function hello() { return "World hello"; } abstract public function need(): string; }
class Greeter { use Hello, World { Hello::hello insteadof World; World::hello as protected worldHello; world as public w; } public function need(): string { return "needed"; } public function both() { return $this->worldHello(); } }
$g = new Greeter;
var_dump($g->hello(), $g->world(), $g->w(), $g->both(), $g->need());
class Other { use Hello; }
Greeter::inc(); Greeter::inc(); Other::inc();
var_dump(Greeter::$shared, Other::$shared);
trait Counter { private int $c = 0; public function add(): static { $this->c++; return $this; } public function get(): int { return $this->c; } }
class UsesCounter { use Counter; }
var_dump((new UsesCounter)->add()->add()->get());
try { $g->worldHello(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(32) "Hello from Greeter Hello Greeter"
string(5) "World"
string(5) "World"
string(11) "World hello"
string(6) "needed"
int(2)
int(1)
int(2)
Call to protected method Greeter::worldHello() from global scope
