--TEST--
assorted edge cases: multisort keys, pads, natcasesort, ranges, pointer on one element
--FILE--
<?php
$a = ['x' => 3, 'y' => 1, 5 => 2];
var_dump(array_multisort($a), $a);
$d = [[3, 'c'], [1, 'a']];
var_dump(array_column($d, 1, 0));
var_dump(array_pad(['a' => 1, 3 => 2], -4, 0));
var_dump(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true));
$n = ["a10", "a9", "A1", "b"];
natcasesort($n); var_dump($n);
$s = ["3" => 'x', "1" => 'y'];
var_dump(array_flip(array_flip($s)));
var_dump(array_fill_keys([1, '1', 'a'], 0));
var_dump(array_combine(['a', 'a'], [1, 2]));
var_dump(range(0, -3), range('z', 'w'), range(1, 2, 0.3));
var_dump(array_sum(['1e2', '0x1A', ' 5']), array_product(['2', ' 3 ']));
$u = [1, 2];
var_dump(array_unshift($u), $u);
var_dump(array_push($u));
$k = ['a' => 1];
var_dump(next($k), current($k), key($k), reset($k), prev($k), current($k));
var_dump(array_slice(['a', 'b', 'c'], -1, 1, true));
var_dump(array_reverse(['x' => 1, 2, 3], true));
var_dump(in_array('abc', [0]), in_array(null, ['']), in_array('1e3', ['1000']));
var_dump(array_keys(['a' => 1, 'b' => 2, 'c' => 1], '1'));
$arr = [5, 3, 1];
sort($arr, SORT_STRING | SORT_FLAG_CASE);
var_dump($arr);
var_dump(compact([]));
--EXPECT--
bool(true)
array(3) {
  ["y"]=>
  int(1)
  [0]=>
  int(2)
  ["x"]=>
  int(3)
}
array(2) {
  [3]=>
  string(1) "c"
  [1]=>
  string(1) "a"
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  ["a"]=>
  int(1)
  [2]=>
  int(2)
}
array(2) {
  [0]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
  }
  [1]=>
  array(1) {
    ["c"]=>
    int(3)
  }
}
array(4) {
  [2]=>
  string(2) "A1"
  [1]=>
  string(2) "a9"
  [0]=>
  string(3) "a10"
  [3]=>
  string(1) "b"
}
array(2) {
  [3]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(2) {
  [1]=>
  int(0)
  ["a"]=>
  int(0)
}
array(1) {
  ["a"]=>
  int(2)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(-1)
  [2]=>
  int(-2)
  [3]=>
  int(-3)
}
array(4) {
  [0]=>
  string(1) "z"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "x"
  [3]=>
  string(1) "w"
}
array(4) {
  [0]=>
  float(1)
  [1]=>
  float(1.3)
  [2]=>
  float(1.6)
  [3]=>
  float(1.9)
}
float(105)
int(6)
int(2)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(2)
bool(false)
bool(false)
NULL
int(1)
bool(false)
bool(false)
array(1) {
  [2]=>
  string(1) "c"
}
array(3) {
  [1]=>
  int(3)
  [0]=>
  int(2)
  ["x"]=>
  int(1)
}
bool(false)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  int(5)
}
array(0) {
}
