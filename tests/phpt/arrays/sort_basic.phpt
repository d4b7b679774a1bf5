--TEST--
sort and rsort with SORT_REGULAR on mixed values (PHP 8 comparison)
--FILE--
<?php
$a = [10, "9", 2.5, "abc", "10", 1, "1e1", true];
sort($a); var_dump($a);
$b = ["b", "a", "B", "A", "10", "9", "1e1"];
sort($b); var_dump($b);
rsort($b); var_dump($b);
$c = ['x' => 3, 'y' => 1];
var_dump(sort($c), $c);
$e = [];
var_dump(sort($e), $e);
try { sort($undef); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(8) {
  [0]=>
  int(1)
  [1]=>
  float(2.5)
  [2]=>
  string(1) "9"
  [3]=>
  int(10)
  [4]=>
  string(2) "10"
  [5]=>
  string(3) "1e1"
  [6]=>
  string(3) "abc"
  [7]=>
  bool(true)
}
array(7) {
  [0]=>
  string(1) "9"
  [1]=>
  string(2) "10"
  [2]=>
  string(3) "1e1"
  [3]=>
  string(1) "A"
  [4]=>
  string(1) "B"
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
}
array(7) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "B"
  [3]=>
  string(1) "A"
  [4]=>
  string(2) "10"
  [5]=>
  string(3) "1e1"
  [6]=>
  string(1) "9"
}
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
bool(true)
array(0) {
}
sort(): Argument #1 ($array) must be of type array, null given
