--TEST--
json_encode: JsonSerializable and enums
--FILE--
<?php
class J implements JsonSerializable { public $p = 1; function jsonSerialize(): mixed { return ['j' => $this->p, 'nested' => new K]; } }
class K implements JsonSerializable { function jsonSerialize(): mixed { return 42; } }
class Self_ implements JsonSerializable { public $a = 1; protected $b = 2; function jsonSerialize(): mixed { return $this; } }
var_dump(json_encode([new J, new K]), json_encode(new Self_));
var_dump(new J instanceof JsonSerializable);
enum E: int { case A = 1; }
enum S: string { case B = 'b'; }
enum U { case X; }
var_dump(json_encode([E::A, S::B]), json_encode(U::X), json_last_error(), json_last_error_msg());
--EXPECT--
string(24) "[{"j":1,"nested":42},42]"
string(7) "{"a":1}"
bool(true)
string(7) "[1,"b"]"
bool(false)
int(11)
string(46) "Non-backed enums have no default serialization"
