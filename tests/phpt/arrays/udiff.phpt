--TEST--
array_udiff, array_uintersect and the key-callback variants
--FILE--
<?php
$ci = fn($x, $y) => strcasecmp_like($x, $y);
function strcasecmp_like($x, $y) { $x = strtolower_like($x); $y = strtolower_like($y); return $x <=> $y; }
function strtolower_like($s) { return $s === 'A' ? 'a' : ($s === 'B' ? 'b' : ($s === 'C' ? 'c' : $s)); }
var_dump(array_udiff(['a', 'B', 'c', 'd'], ['A', 'b'], $ci));
var_dump(array_uintersect(['a', 'B', 'c', 'd'], ['A', 'b'], $ci));
var_dump(array_diff_ukey(['a' => 1, 'B' => 2, 'c' => 3], ['A' => 0], $ci));
var_dump(array_intersect_ukey(['a' => 1, 'B' => 2, 'c' => 3], ['A' => 0, 'b' => 0], $ci));
var_dump(array_udiff_assoc(['a' => 'X', 'b' => 'y'], ['a' => 'x', 'b' => 'Y'], fn($x, $y) => $x === strtoupper_like($y) ? 0 : 1));
function strtoupper_like($s) { return $s === 'x' ? 'X' : ($s === 'y' ? 'Y' : $s); }
var_dump(array_diff_uassoc(['a' => 1, 'b' => 2], ['A' => 1, 'b' => '2'], $ci));
var_dump(array_intersect_uassoc(['a' => 1, 'b' => 2], ['A' => 1, 'b' => 3], $ci));
var_dump(array_udiff_uassoc(['a' => 'x', 'b' => 'y'], ['A' => 'x'], fn($x, $y) => $x <=> $y, $ci));
var_dump(array_uintersect_uassoc(['a' => 'x', 'b' => 'y'], ['A' => 'x'], fn($x, $y) => $x <=> $y, $ci));
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => array_udiff([1], [2]));
t(fn() => array_udiff([1], [2], 'nope'));
t(fn() => array_udiff([1], 5, fn($a, $b) => 0));
t(fn() => array_udiff([1]));
t(fn() => array_udiff_uassoc([1], [2], 'strcmp_nope'));
t(fn() => array_udiff_uassoc([1]));
t(fn() => array_intersect_ukey([1], [2], 'nope'));
--EXPECT--
array(2) {
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "B"
}
array(2) {
  ["B"]=>
  int(2)
  ["c"]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  ["B"]=>
  int(2)
}
array(1) {
  ["b"]=>
  string(1) "y"
}
array(0) {
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["b"]=>
  string(1) "y"
}
array(1) {
  ["a"]=>
  string(1) "x"
}
TypeError: array_udiff(): Argument #2 must be a valid callback, array callback must have exactly two members
TypeError: array_udiff(): Argument #3 must be a valid callback, function "nope" not found or invalid function name
TypeError: array_udiff(): Argument #2 must be of type array, int given
ArgumentCountError: array_udiff() expects at least 2 arguments, 1 given
TypeError: array_udiff_uassoc(): Argument #2 must be a valid callback, array callback must have exactly two members
ArgumentCountError: array_udiff_uassoc() expects at least 3 arguments, 1 given
TypeError: array_intersect_ukey(): Argument #3 must be a valid callback, function "nope" not found or invalid function name
