--TEST--
A private method is called from its own class's code even when a subclass declares the same name
--FILE--
<?php
class Shape {
    private function describe() { return "Shape::describe"; }
    private static function kind() { return "shape"; }
    public function show() { return $this->describe() . " / " . static::class; }
    public function area() { return $this->calc(); }
    protected function calc() { return 0; }
}
class Square extends Shape {
    public function describe() { return "Square::describe"; }
    protected function calc() { return 4; }
    public function own() { return $this->describe(); }
}
$s = new Square;
var_dump($s->show(), $s->own(), $s->describe(), $s->area());
class Plain extends Shape {}
$p = new Plain;
var_dump($p->show());
try { $p->describe(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
string(24) "Shape::describe / Square"
string(16) "Square::describe"
string(16) "Square::describe"
int(4)
string(23) "Shape::describe / Plain"
Error: Call to private method Shape::describe() from global scope
