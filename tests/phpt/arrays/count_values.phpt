--TEST--
array_count_values and array_change_key_case
--FILE--
<?php
var_dump(array_count_values([1, 'hello', 1, 'world', 'hello', '1', 'x' => 'hello']));
var_dump(array_count_values([1.5, true, null, 'ok']));
var_dump(array_change_key_case(['Ab' => 1, 'cD' => 2, 5 => 3]));
var_dump(array_change_key_case(['Ab' => 1, 'aB' => 2], CASE_UPPER));
--EXPECTF--
array(3) {
  [1]=>
  int(3)
  ["hello"]=>
  int(3)
  ["world"]=>
  int(1)
}

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 3

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 3

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 3
array(1) {
  ["ok"]=>
  int(1)
}
array(3) {
  ["ab"]=>
  int(1)
  ["cd"]=>
  int(2)
  [5]=>
  int(3)
}
array(1) {
  ["AB"]=>
  int(2)
}
