--TEST--
closure binding
--FILE--
<?php
class Counter { private $count = 5; protected static $label = "ctr"; }
$peek = function () { return $this->count; };
$bound = Closure::bind($peek, new Counter, Counter::class);
var_dump($bound());
$b2 = $peek->bindTo(new Counter, Counter::class);
var_dump($b2());
$static = static fn() => static::$label;
$s = Closure::bind(function () { return static::$label; }, null, Counter::class);
var_dump($s());
$getter = function ($add) { return $this->count + $add; };
var_dump($getter->call(new Counter, 10));
$fc = Closure::fromCallable('strlen');
var_dump($fc("hello"), $fc instanceof Closure);
class Greeter { public function hi($n) { return "hi $n"; } }
$m = Closure::fromCallable([new Greeter, 'hi']);
var_dump($m("bob"));
try { $peek(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
int(5)
int(5)
string(3) "ctr"
int(15)
int(5)
bool(true)
string(6) "hi bob"
Error: Using $this when not in object context
