--TEST--
print_r, var_export, json_encode and serialize of closures and enums
--FILE--
<?php
$y = 2;
$f = function ($a, $b = 1) use ($y) { return $y; };
print_r($f); echo "\n";
var_export($f); echo "\n";
echo json_encode($f), "\n";
var_dump((array)$f === [$f]);
$g = fn(int ...$xs) => $xs;
print_r($g); echo "\n";
var_dump($g);
enum E: int { case A = 1; case B = 2; }
print_r([E::A, E::B]); echo "\n";
var_dump(E::B);
echo json_encode(['e' => E::B]), "\n";
echo serialize([E::A, E::A]), "\n";
var_dump(unserialize(serialize([E::A, E::A])));
--EXPECT--
Closure Object
(
    [static] => Array
        (
            [y] => 2
        )

    [parameter] => Array
        (
            [$a] => <required>
            [$b] => <optional>
        )

)

\Closure::__set_state(array(
))
{}
bool(true)
Closure Object
(
    [parameter] => Array
        (
            [$xs] => <optional>
        )

)

object(Closure)#2 (1) {
  ["parameter"]=>
  array(1) {
    ["$xs"]=>
    string(10) "<optional>"
  }
}
Array
(
    [0] => E Enum:int
        (
            [name] => A
            [value] => 1
        )

    [1] => E Enum:int
        (
            [name] => B
            [value] => 2
        )

)

enum(E::B)
{"e":2}
a:2:{i:0;E:3:"E:A";i:1;r:2;}
array(2) {
  [0]=>
  enum(E::A)
  [1]=>
  enum(E::A)
}
