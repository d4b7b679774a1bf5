<?php
// Object method calls, property access, allocation.
class Vec2 {
    public $x;
    public $y;
    public function __construct($x, $y) {
        $this->x = $x;
        $this->y = $y;
    }
    public function add(Vec2 $o): Vec2 {
        return new Vec2($this->x + $o->x, $this->y + $o->y);
    }
    public function dot(Vec2 $o) {
        return $this->x * $o->x + $this->y * $o->y;
    }
}
class Counter {
    private int $n = 0;
    public function inc(): void {
        $this->n++;
    }
    public function get(): int {
        return $this->n;
    }
}
$acc = new Vec2(0, 0);
$c = new Counter();
$dots = 0;
for ($i = 0; $i < 1200000; $i++) {
    $v = new Vec2($i % 13, $i % 7);
    $acc = $acc->add($v);
    $dots += $v->dot($acc) % 1000;
    $c->inc();
}
echo "objects ", $acc->x, " ", $acc->y, " ", $dots, " ", $c->get(), "\n";
