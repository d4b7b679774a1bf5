--TEST--
Pure and backed enums with cases, methods, constants and interfaces
--FILE--
<?php

if (false) {
    enum Suit { case Hearts; case Spades; public function color(): string { return match ($this) { Suit::Hearts => 'Red', Suit::Spades => 'Black' }; } }
    enum Status: string implements JsonSerializable {
        case Active = 'active';
        case Inactive = 'inactive';
        const DEFAULT = self::Active;
        public static function fromLabel(string $l): self { return self::from($l); }
        public function jsonSerialize(): mixed { return $this->value; }
    }
    enum Level: int { case Low = 1; case High = 2 << 1; }
}
echo "parsed\n";
--EXPECT--
parsed
