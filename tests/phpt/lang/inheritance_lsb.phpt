--TEST--
inheritance lsb
--FILE--
<?php
abstract class Shape {
    abstract public function area(): float;
    public function describe(): string { return static::class . " with area " . $this->area(); }
    public static function create(...$a): static { return new static(...$a); }
    public function who() { return self::class . "/" . static::class; }
}
class Rect extends Shape {
    public function __construct(protected float $w = 1, protected float $h = 1) {}
    public function area(): float { return $this->w * $this->h; }
}
class Square extends Rect {
    public function __construct(float $s = 2) { parent::__construct($s, $s); }
    public function describe(): string { return "Square! " . parent::describe(); }
}
echo Rect::create(2, 3)->describe(), "\n";
echo Square::create()->describe(), "\n";
echo (new Square)->who(), "\n";
var_dump(get_parent_class(new Square), new Square instanceof Shape);
try { new Shape; } catch (Error $e) { echo $e->getMessage(), "\n"; }
interface HasName { const PREFIX = "N:"; public function name(): string; }
interface Greets extends HasName { public function greet(): string; }
class Person implements Greets { public function name(): string { return self::PREFIX . "Bob"; } public function greet(): string { return "Hi " . $this->name(); } }
$p = new Person;
var_dump($p instanceof HasName, $p->greet(), Person::PREFIX);
try { $x = new HasName; } catch (Error $e) { echo $e->getMessage(), "\n"; }
final class F { final public function m() {} }
class Counter { protected static $n = 0; public static function inc() { return ++static::$n; } }
class Sub extends Counter {}
Counter::inc(); Sub::inc(); var_dump(Counter::inc());
class A { public function __call($m, $a) { return "A::$m"; } public function test() { return $this->hidden(); } private function hidden() { return "private"; } }
class B extends A {}
var_dump((new B)->test());
--EXPECTF--
Rect with area 6
Square! Square with area 4
Shape/Square
string(4) "Rect"
bool(true)
Cannot instantiate abstract class Shape
bool(true)
string(8) "Hi N:Bob"
string(2) "N:"
Cannot instantiate interface HasName
int(3)
string(7) "private"
