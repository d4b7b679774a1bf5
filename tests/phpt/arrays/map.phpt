--TEST--
array_map: key preservation, null callback zip, several arrays
--FILE--
<?php
var_dump(array_map(fn($x) => $x * 2, ['a' => 1, 'b' => 2, 7 => 3]));
var_dump(array_map(null, [1, 2], ['a', 'b', 'c']));
var_dump(array_map(fn($a, $b) => $a . $b, ['x' => 1, 'y' => 2], [3]));
var_dump(array_map(null, ['k' => 'v']));
var_dump(array_map('strtoupper_not_defined_here' === 1 ? null : fn($s) => "<$s>", ['p', 'q']));
try { array_map('nope', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map(5, [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map(null, [1], 5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map(fn() => throw new Exception("boom"), [1]); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(4)
  [7]=>
  int(6)
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    string(1) "b"
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    string(1) "c"
  }
}
array(2) {
  [0]=>
  string(2) "13"
  [1]=>
  string(1) "2"
}
array(1) {
  ["k"]=>
  string(1) "v"
}
array(2) {
  [0]=>
  string(3) "<p>"
  [1]=>
  string(3) "<q>"
}
array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
array_map(): Argument #1 ($callback) must be a valid callback or null, no array or string given
array_map(): Argument #3 must be of type array, int given
boom
