--TEST--
array_push, array_pop, array_shift, array_unshift and next free index
--FILE--
<?php
$a = [1, 2];
var_dump(array_push($a, 3, 4), $a);
var_dump(array_pop($a), $a);
$a[] = 'next';
var_dump($a);
$h = [5 => 'a', 'k' => 'b', 9 => 'c'];
var_dump(array_shift($h), $h);
var_dump(array_unshift($h, 'z', 'y'), $h);
$e = [];
var_dump(array_pop($e), array_shift($e), $e);
$m = [PHP_INT_MAX => 1];
try { array_push($m, 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s = 'str';
try { array_push($s, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(4)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
int(4)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  string(4) "next"
}
string(1) "a"
array(2) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
}
int(4)
array(4) {
  [0]=>
  string(1) "z"
  [1]=>
  string(1) "y"
  ["k"]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
NULL
NULL
array(0) {
}
Error: Cannot add element to the array as the next element is already occupied
array_push(): Argument #1 ($array) must be of type array, string given
