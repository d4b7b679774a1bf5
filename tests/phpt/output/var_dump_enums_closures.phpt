--TEST--
var_dump: enum cases and closures
--FILE--
<?php
$f = function ($a, &$b, $c = 1, ...$d) { return 1; };
var_dump($f);
$y = 5;
$g = function () use ($y) { return $y; };
var_dump($g);
class K { function m() { return function () { return $this; }; } }
var_dump((new K)->m());
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
enum U { case A; }
var_dump(U::A, [U::A]);
var_dump(Suit::Hearts);
--EXPECT--
object(Closure)#1 (1) {
  ["parameter"]=>
  array(4) {
    ["$a"]=>
    string(10) "<required>"
    ["&$b"]=>
    string(10) "<required>"
    ["$c"]=>
    string(10) "<optional>"
    ["$d"]=>
    string(10) "<optional>"
  }
}
object(Closure)#2 (1) {
  ["static"]=>
  array(1) {
    ["y"]=>
    int(5)
  }
}
object(Closure)#4 (1) {
  ["this"]=>
  object(K)#3 (0) {
  }
}
enum(U::A)
array(1) {
  [0]=>
  enum(U::A)
}
enum(Suit::Hearts)
