--TEST--
array_multisort: several arrays, orders, flags, errors
--FILE--
<?php
$data = [3, 1, 2, 1];
$other = ['c', 'a', 'b', 'z'];
var_dump(array_multisort($data, $other), $data, $other);
$d1 = [1, 1, 2];
$d2 = ['b', 'a', 'c'];
array_multisort($d1, SORT_DESC, $d2, SORT_ASC);
var_dump($d1, $d2);
$s = ['10', '9', '100'];
array_multisort($s, SORT_STRING);
var_dump($s);
$k = ['x' => 2, 'y' => 1, 5 => 0];
array_multisort($k);
var_dump($k);
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$a = [3, 1]; $b = [1];
t(function () use ($a, $b) { array_multisort($a, $b); });
t(function () use ($a) { array_multisort($a, 99); });
t(function () use ($a) { array_multisort($a, SORT_DESC, SORT_ASC); });
t(function () use ($a) { array_multisort($a, "x"); });
t(function () { array_multisort($u); });
--EXPECT--
bool(true)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "z"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(3) {
  [0]=>
  string(2) "10"
  [1]=>
  string(3) "100"
  [2]=>
  string(1) "9"
}
array(3) {
  [0]=>
  int(0)
  ["y"]=>
  int(1)
  ["x"]=>
  int(2)
}
ValueError: Array sizes are inconsistent
ValueError: array_multisort(): Argument #2 must be a valid sort flag
TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #2 must be an array or a sort flag
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag
