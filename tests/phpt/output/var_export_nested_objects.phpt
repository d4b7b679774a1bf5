--TEST--
var_export and print_r of objects nested in arrays
--FILE--
<?php
var_export([-1 => ['a' => new stdClass], 'o' => (object)['x' => [1]]]); echo "\n";
class A { public $a; public $b = [1, 'k' => [true]]; }
var_export([new A, [new A]]); echo "\n";
print_r([1.5, 0.1 + 0.2, 1e100, -0.0, [[]], new A]); echo "\n";
--EXPECT--
array (
  -1 => 
  array (
    'a' => 
    (object) array(
    ),
  ),
  'o' => 
  (object) array(
     'x' => 
    array (
      0 => 1,
    ),
  ),
)
array (
  0 => 
  \A::__set_state(array(
     'a' => NULL,
     'b' => 
    array (
      0 => 1,
      'k' => 
      array (
        0 => true,
      ),
    ),
  )),
  1 => 
  array (
    0 => 
    \A::__set_state(array(
       'a' => NULL,
       'b' => 
      array (
        0 => 1,
        'k' => 
        array (
          0 => true,
        ),
      ),
    )),
  ),
)
Array
(
    [0] => 1.5
    [1] => 0.3
    [2] => 1.0E+100
    [3] => -0
    [4] => Array
        (
            [0] => Array
                (
                )

        )

    [5] => A Object
        (
            [a] => 
            [b] => Array
                (
                    [0] => 1
                    [k] => Array
                        (
                            [0] => 1
                        )

                )

        )

)
