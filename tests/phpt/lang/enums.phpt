--TEST--
enums
--FILE--
<?php
enum Suit: string {
    case Hearts = 'H'; case Spades = 'S';
    const Wild = self::Spades;
    public function color(): string { return match($this) { self::Hearts => 'Red', self::Spades => 'Black' }; }
    public static function fromChar(string $c): self { return self::from($c); }
    public function label(): string { return ucfirst_x($this->name); }
}
function ucfirst_x($s) { return $s; }
enum Status { case Active; case Inactive; }
var_dump(Suit::Hearts, Suit::Hearts->value, Suit::Hearts->name, Suit::from('S'), Suit::tryFrom('X'), Suit::Wild->color());
var_dump(Suit::Hearts === Suit::from('H'), Suit::Hearts == Suit::Spades, Suit::Hearts instanceof UnitEnum, Suit::Hearts instanceof BackedEnum);
var_dump(Status::Active, Status::Active->name, count(Status::cases()), Suit::cases());
try { Suit::from('Z'); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new Status(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $x = Status::Active; $x->foo = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(Status::Active instanceof Status, Status::Inactive->name);
enum Num: int { case One = 1; case Two = 2; }
var_dump(Num::from(2), Num::tryFrom(3), Num::from("1"));
$fn = fn(Suit $s) => $s->color();
var_dump($fn(Suit::Spades));
var_dump(Suit::Hearts->label());
--EXPECTF--
enum(Suit::Hearts)
string(1) "H"
string(6) "Hearts"
enum(Suit::Spades)
NULL
string(5) "Black"
bool(true)
bool(false)
bool(true)
bool(true)
enum(Status::Active)
string(6) "Active"
int(2)
array(2) {
  [0]=>
  enum(Suit::Hearts)
  [1]=>
  enum(Suit::Spades)
}
ValueError: "Z" is not a valid backing value for enum Suit
Cannot instantiate enum Status
Cannot create dynamic property Status::$foo
bool(true)
string(8) "Inactive"
enum(Num::Two)
NULL
enum(Num::One)
string(5) "Black"
string(6) "Hearts"
