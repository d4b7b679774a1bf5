--TEST--
array_map edge cases: string keys with several arrays, callbacks by name
--FILE--
<?php
function dbl($x) { return $x * 2; }
var_dump(array_map('dbl', [1, 2]));
var_dump(array_map(null, ['a' => 1], ['b' => 2]));
var_dump(array_map(fn($x = 'd') => $x, []));
var_dump(array_map(null, []));
var_dump(array_map(fn(...$xs) => count($xs), [1, 2], [3], []));
class M { static function up($s) { return $s . '!'; } function inst($s) { return "<$s>"; } }
var_dump(array_map('M::up', ['a']), array_map([new M, 'inst'], ['b']), array_map([M::class, 'up'], ['c']));
try { array_map([new M, 'missing'], [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map('M::nope', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(4)
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(0) {
}
array(0) {
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  string(2) "a!"
}
array(1) {
  [0]=>
  string(3) "<b>"
}
array(1) {
  [0]=>
  string(2) "c!"
}
array_map(): Argument #1 ($callback) must be a valid callback or null, class M does not have a method "missing"
array_map(): Argument #1 ($callback) must be a valid callback or null, class M does not have a method "nope"
