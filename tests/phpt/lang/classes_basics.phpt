--TEST--
classes basics
--FILE--
<?php
class Point {
    public static int $count = 0;
    const ORIGIN = [0, 0];
    public function __construct(public int $x = 0, protected int $y = 0, private ?string $label = null) { static::$count++; self::$count += 0; }
    public function y(): int { return $this->y; }
    public static function make(int $x): static { return new static($x); }
}
$p = new Point(1, 2);
var_dump($p, $p->x, $p->y(), Point::$count, Point::ORIGIN, Point::make(5)->x, Point::$count);
try { echo $p->y; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $p->label; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo $p->nope ?? "no such prop\n";
echo @$p->nope2, "|\n";
echo $p->nope3;
$p->dyn = 5;
var_dump($p);
class Typed { public int $i; public ?string $s = null; public array $a = []; public float $f = 1; }
$t = new Typed;
try { echo $t->i; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$t->i = "12"; $t->f = 3;
var_dump($t);
try { $t->a = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new Nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { Point::undefined(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $p->undefined(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Point::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Point::$nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($p instanceof Point, $p instanceof stdClass, get_class($p));
--EXPECTF--
object(Point)#1 (3) {
  ["x"]=>
  int(1)
  ["y":protected]=>
  int(2)
  ["label":"Point":private]=>
  NULL
}
int(1)
int(2)
int(1)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
int(5)
int(2)
Error: Cannot access protected property Point::$y
Cannot access private property Point::$label
no such prop
|

Warning: Undefined property: Point::$nope3 in %s on line 15

Deprecated: Creation of dynamic property Point::$dyn is deprecated in %s on line 16
object(Point)#1 (4) {
  ["x"]=>
  int(1)
  ["y":protected]=>
  int(2)
  ["label":"Point":private]=>
  NULL
  ["dyn"]=>
  int(5)
}
Typed property Typed::$i must not be accessed before initialization
object(Typed)#2 (4) {
  ["i"]=>
  int(12)
  ["s"]=>
  NULL
  ["a"]=>
  array(0) {
  }
  ["f"]=>
  float(3)
}
Cannot assign string to property Typed::$a of type array
Class "Nope" not found
Call to undefined method Point::undefined()
Call to undefined method Point::undefined()
Undefined constant Point::NOPE
Access to undeclared static property Point::$nope
bool(true)
bool(false)
string(5) "Point"
