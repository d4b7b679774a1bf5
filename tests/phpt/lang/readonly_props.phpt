--TEST--
readonly props
--FILE--
<?php
class R { public function __construct(public readonly int $x, public readonly array $list = []) {} public function set($v) { $this->x = $v; } }
$r = new R(1, [1]);
var_dump($r->x);
try { $r->x = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $r->set(3); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Lazy { public readonly string $v; public function init() { $this->v = "set"; } }
$l = new Lazy;
try { echo $l->v; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$l->init(); echo $l->v, "\n";
try { $l->init(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $l2 = new Lazy; $l2->v = "outside"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
readonly class Ro { public function __construct(public int $a) {} }
$ro = new Ro(5);
try { $ro->a = 6; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $ro->b = 6; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($ro);
--EXPECTF--
int(1)
Error: Cannot modify readonly property R::$x
Cannot modify readonly property R::$x
Typed property Lazy::$v must not be accessed before initialization
set
Cannot modify readonly property Lazy::$v
Cannot initialize readonly property Lazy::$v from global scope
Cannot modify readonly property Ro::$a
Cannot create dynamic property Ro::$b
object(Ro)#3 (1) {
  ["a"]=>
  int(5)
}
