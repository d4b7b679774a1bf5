--TEST--
sort with mixed types, null, booleans, nested arrays
--FILE--
<?php
$a = [null, false, true, 0, -1, "", "a", [], [1], 0.5];
sort($a); var_dump($a);
$b = [[2, 1], [1, 2], [1], [1, 1, 1]];
sort($b); var_dump($b);
$c = ["10", 9, "9a", 1.5, "1.5"];
sort($c); var_dump($c);
$d = [INF, -INF, 0, 1e308];
rsort($d); var_dump($d);
--EXPECT--
array(10) {
  [0]=>
  NULL
  [1]=>
  bool(false)
  [2]=>
  string(0) ""
  [3]=>
  int(0)
  [4]=>
  bool(true)
  [5]=>
  int(-1)
  [6]=>
  float(0.5)
  [7]=>
  string(1) "a"
  [8]=>
  array(0) {
  }
  [9]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(4) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [2]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(1)
  }
  [3]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(1)
    [2]=>
    int(1)
  }
}
array(5) {
  [0]=>
  float(1.5)
  [1]=>
  string(3) "1.5"
  [2]=>
  int(9)
  [3]=>
  string(2) "10"
  [4]=>
  string(2) "9a"
}
array(4) {
  [0]=>
  float(INF)
  [1]=>
  float(1.0E+308)
  [2]=>
  int(0)
  [3]=>
  float(-INF)
}
