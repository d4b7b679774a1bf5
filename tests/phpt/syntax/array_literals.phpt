--TEST--
Array literal forms: [], array(), keys, nesting, trailing commas
--FILE--
<?php
var_dump([], array(), [1, 2, 3,], array('a' => 1, 'b' => [2, 3]), [5 => 'a', 'b', '7' => 'c', 'd'], [true => 'x', null => 'n', 1.7 => 'f']);
$a = ['one' => ['two' => 'nested']];
echo $a['one']['two'], "\n";
$b = [];
$b[] = 'pushed';
$b['k'][] = 'auto';
print_r($b);
--EXPECTF--
Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 2
array(0) {
}
array(0) {
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
array(4) {
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
  [7]=>
  string(1) "c"
  [8]=>
  string(1) "d"
}
array(2) {
  [1]=>
  string(1) "f"
  [""]=>
  string(1) "n"
}
nested
Array
(
    [0] => pushed
    [k] => Array
        (
            [0] => auto
        )

)
