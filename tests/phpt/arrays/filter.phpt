--TEST--
array_filter: default truthiness, modes USE_KEY and USE_BOTH
--FILE--
<?php
var_dump(array_filter([0, 1, '', 'a', null, [], [0], '0', 0.0, false, true]));
var_dump(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($v) => $v % 2));
var_dump(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
var_dump(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($v, $k) => $v > 1 && $k != 'c', ARRAY_FILTER_USE_BOTH));
var_dump(array_filter([]));
try { array_filter([1], 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(4) {
  [1]=>
  int(1)
  [3]=>
  string(1) "a"
  [6]=>
  array(1) {
    [0]=>
    int(0)
  }
  [10]=>
  bool(true)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(0) {
}
array_filter(): Argument #2 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
