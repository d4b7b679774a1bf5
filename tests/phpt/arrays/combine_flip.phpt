--TEST--
array_combine, array_flip and their errors and warnings
--FILE--
<?php
var_dump(array_combine(['a', 'b', 5, '7', 1.5, true, null], [1, 2, 3, 4, 5, 6, 7]));
var_dump(array_combine([], []));
try { array_combine([1, 2], [1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_flip(['a', 'b', 'a', 5 => '10', 'x' => 'y']));
var_dump(array_flip([1.5, true, null, 'ok']));
--EXPECTF--
array(7) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  [5]=>
  int(3)
  [7]=>
  int(4)
  ["1.5"]=>
  int(5)
  [1]=>
  int(6)
  [""]=>
  int(7)
}
array(0) {
}
array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
array(4) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [10]=>
  int(5)
  ["y"]=>
  string(1) "x"
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 6

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 6

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 6
array(1) {
  ["ok"]=>
  int(3)
}
