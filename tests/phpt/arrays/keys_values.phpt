--TEST--
array_keys with search value, array_values, key_first/last, is_list
--FILE--
<?php
$a = ['a' => 1, 'b' => '1', 5 => 1.0, 'c' => 2, 'd' => true];
var_dump(array_keys($a));
var_dump(array_keys($a, 1));
var_dump(array_keys($a, "1", true));
var_dump(array_keys([]), array_keys([1, 2], null));
var_dump(array_values($a));
var_dump(array_key_first($a), array_key_last($a), array_key_first([]), array_key_last([]));
var_dump(array_is_list([]), array_is_list([1, 2]), array_is_list([1 => 1]), array_is_list([0 => 'a', 2 => 'b']));
$l = [1, 2, 3]; unset($l[1]);
var_dump(array_is_list($l), array_values($l));
--EXPECT--
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  int(5)
  [3]=>
  string(1) "c"
  [4]=>
  string(1) "d"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  int(5)
  [3]=>
  string(1) "d"
}
array(1) {
  [0]=>
  string(1) "b"
}
array(0) {
}
array(0) {
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(1) "1"
  [2]=>
  float(1)
  [3]=>
  int(2)
  [4]=>
  bool(true)
}
string(1) "a"
string(1) "d"
NULL
NULL
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
