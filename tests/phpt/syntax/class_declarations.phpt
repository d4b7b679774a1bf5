--TEST--
Classes: properties, constants, methods, modifiers, promotion, readonly
--FILE--
<?php

if (false) {
    abstract class Shape implements Countable {
        const SIDES = 0;
        final public const NAME = 'shape';
        private static int $count = 0;
        protected ?string $label = null;
        public readonly array $tags;
        public $a = 1, $b;
        var $legacy;
        public function __construct(private int $x = 0, protected readonly string $y = '', public $z = null) { self::$count++; }
        abstract public function area(): float;
        public static function make(...$args): static { return new static(...$args); }
        final protected function hidden() { return self::class; }
        public function count(): int { return static::SIDES + self::SIDES + $this->x; }
        public function __toString(): string { return static::class; }
    }
    final class Square extends Shape { public function area(): float { return 1.0; } }
    readonly class Point { public function __construct(public int $x, public int $y) {} }
}
echo "parsed\n";
--EXPECT--
parsed
