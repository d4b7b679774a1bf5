--TEST--
readonly indirect modification
--FILE--
<?php
class R { public function __construct(public readonly int $x, public readonly array $list = []) {} }
$r = new R(1, [1]);
try { unset($r->x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->list[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->list[0] = 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $ref = &$r->x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->x++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->x += 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($r);
--EXPECTF--
Cannot unset readonly property R::$x
Cannot modify readonly property R::$list
Cannot modify readonly property R::$list
Cannot modify readonly property R::$x
Cannot modify readonly property R::$x
Cannot modify readonly property R::$x
object(R)#1 (2) {
  ["x"]=>
  int(1)
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
