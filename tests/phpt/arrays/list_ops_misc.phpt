--TEST--
assorted list operations on empty and single-element arrays
--FILE--
<?php
var_dump(array_slice([], 0), array_reverse([1]), array_chunk([1], 5), array_pad([], 2, null));
var_dump(array_merge([], []), array_combine(['k'], ['v']), array_flip([]), array_unique(['a', 'a']));
var_dump(array_sum([0.1, 0.2]), array_product([0]), count([[]], COUNT_RECURSIVE));
var_dump(array_search(null, []), in_array(null, [null], true), array_keys(['a' => null], null));
var_dump(array_fill(PHP_INT_MAX - 1, 2, 'x'));
var_dump(array_key_last([1, 2, 3]), array_key_first(['z' => 1, 'y' => 2]));
$a = [5 => 'x'];
array_unshift($a, 'y');
var_dump($a);
$b = [3 => 'x', 'k' => 'y'];
var_dump(array_pop($b), $b);
$b[] = 'z';
var_dump($b);
--EXPECT--
array(0) {
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
array(0) {
}
array(1) {
  ["k"]=>
  string(1) "v"
}
array(0) {
}
array(1) {
  [0]=>
  string(1) "a"
}
float(0.30000000000000004)
int(0)
int(1)
bool(false)
bool(true)
array(1) {
  [0]=>
  string(1) "a"
}
array(2) {
  [9223372036854775806]=>
  string(1) "x"
  [9223372036854775807]=>
  string(1) "x"
}
int(2)
string(1) "z"
array(2) {
  [0]=>
  string(1) "y"
  [1]=>
  string(1) "x"
}
string(1) "y"
array(1) {
  [3]=>
  string(1) "x"
}
array(2) {
  [3]=>
  string(1) "x"
  [4]=>
  string(1) "z"
}
