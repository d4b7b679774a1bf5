--TEST--
__debugInfo keys mangled as private/protected names show as such in var_dump and print_r
--FILE--
<?php
class P {
    public function __debugInfo() {
        return [
            "\0P\0secret" => 1,
            "\0*\0shared" => [2],
            "open" => 3,
            "\0Other\0x" => 4,
            7 => 8,
        ];
    }
}
class Q extends P {}
$p = new P;
var_dump($p);
print_r($p);
echo "\n";
var_dump([new Q]);
print_r([new Q]);
echo "\n";
--EXPECT--
object(P)#1 (5) {
  ["secret":"P":private]=>
  int(1)
  ["shared":protected]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["open"]=>
  int(3)
  ["x":"Other":private]=>
  int(4)
  [7]=>
  int(8)
}
P Object
(
    [secret:P:private] => 1
    [shared:protected] => Array
        (
            [0] => 2
        )

    [open] => 3
    [x:Other:private] => 4
    [7] => 8
)

array(1) {
  [0]=>
  object(Q)#2 (5) {
    ["secret":"P":private]=>
    int(1)
    ["shared":protected]=>
    array(1) {
      [0]=>
      int(2)
    }
    ["open"]=>
    int(3)
    ["x":"Other":private]=>
    int(4)
    [7]=>
    int(8)
  }
}
Array
(
    [0] => Q Object
        (
            [secret:P:private] => 1
            [shared:protected] => Array
                (
                    [0] => 2
                )

            [open] => 3
            [x:Other:private] => 4
            [7] => 8
        )

)
