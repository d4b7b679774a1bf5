--TEST--
print_r: scalars, nested arrays and objects, return mode
--FILE--
<?php
print_r([1, [2, ['a' => new stdClass]], 'k' => null, 'f' => 1.0, 't' => true, 'g' => 0.1 + 0.2]);
echo "\n";
echo print_r("str", true), print_r(1.5, true), print_r(false, true), print_r(null, true), "|\n";
$s = print_r([1 => ['x']], true);
var_dump($s);
var_dump(print_r(1));
echo "\n";
--EXPECT--
Array
(
    [0] => 1
    [1] => Array
        (
            [0] => 2
            [1] => Array
                (
                    [a] => stdClass Object
                        (
                        )

                )

        )

    [k] => 
    [f] => 1
    [t] => 1
    [g] => 0.3
)

str1.5|
string(69) "Array
(
    [1] => Array
        (
            [0] => x
        )

)
"
1bool(true)
