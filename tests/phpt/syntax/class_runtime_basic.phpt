--TEST--
A small class with a constructor, method and static member
--FILE--
<?php
class Counter {
    private static int $instances = 0;
    public function __construct(private int $n = 0) { self::$instances++; }
    public function inc(): static { $this->n++; return $this; }
    public function get(): int { return $this->n; }
    public static function instances(): int { return self::$instances; }
}
$c = new Counter(5);
echo $c->inc()->inc()->get(), " ", Counter::instances(), "\n";
--EXPECT--
7 1
