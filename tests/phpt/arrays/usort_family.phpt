--TEST--
usort, uasort, uksort and bool-returning comparators
--FILE--
<?php
$a = [3, 1, 2];
var_dump(usort($a, fn($x, $y) => $x - $y), $a);
$b = ['a' => 3, 'b' => 1, 'c' => 2];
uasort($b, fn($x, $y) => $y <=> $x); var_dump($b);
uksort($b, fn($x, $y) => strcmp_like($x, $y)); var_dump($b);
function strcmp_like($x, $y) { return $x < $y ? 1 : ($x > $y ? -1 : 0); }
$c = [5, 3, 8, 1];
usort($c, fn($x, $y) => $x > $y);
var_dump($c);
$d = [1.5, 1.2, 1.9];
usort($d, fn($x, $y) => $x - $y);
var_dump($d);
try { usort($c, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { usort($c, function ($x, $y) { throw new RuntimeException("stop"); }); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($c);
--EXPECTF--
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  ["a"]=>
  int(3)
  ["c"]=>
  int(2)
  ["b"]=>
  int(1)
}
array(3) {
  ["c"]=>
  int(2)
  ["b"]=>
  int(1)
  ["a"]=>
  int(3)
}

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 9
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  int(5)
  [3]=>
  int(8)
}
array(3) {
  [0]=>
  float(1.5)
  [1]=>
  float(1.2)
  [2]=>
  float(1.9)
}
usort(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
stop
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  int(5)
  [3]=>
  int(8)
}
