--TEST--
print_r: visibility labels, enums and recursion
--FILE--
<?php
class P { public $a = 1; protected $b = 2; private $c = [3]; public $n; }
print_r(new P);
echo "\n";
$o = new stdClass;
$o->self = $o;
$o->list = [1, 'x' => $o];
print_r($o);
echo "\n";
$a = [1];
$a[] = &$a;
print_r($a);
echo "\n";
enum E: int { case One = 1; }
enum U { case X; }
print_r(E::One);
echo "\n";
print_r(U::X);
echo "\n";
--EXPECT--
P Object
(
    [a] => 1
    [b:protected] => 2
    [c:P:private] => Array
        (
            [0] => 3
        )

    [n] => 
)

stdClass Object
(
    [self] => stdClass Object
 *RECURSION*
    [list] => Array
        (
            [0] => 1
            [x] => stdClass Object
 *RECURSION*
        )

)

Array
(
    [0] => 1
    [1] => Array
 *RECURSION*
)

E Enum:int
(
    [name] => One
    [value] => 1
)

U Enum
(
    [name] => X
)
