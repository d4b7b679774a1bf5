--TEST--
functions args
--FILE--
<?php
function f($a, $b = 2, ...$rest) { return "$a-$b-" . count($rest); }
var_dump(f(1), f(1, 3), f(1, 3, 4, 5));
function g(int $x, string $y = "d", ?array $z = null) { return func_get_args(); }
var_dump(g(1), g(y: "named", x: 5));
function h($a, $b) { return "$a|$b"; }
var_dump(h(b: 1, a: 2));
try { h(1, a: 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { h(1, c: 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { h(1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function v(...$nums) { return $nums; }
var_dump(v(...[1, 2], ...['k' => 3]));
var_dump(v(1, x: 2));
$args = ['b' => 'B', 'a' => 'A'];
var_dump(h(...$args));
function defaults($a = [1, 2], $b = PHP_INT_SIZE, $c = null) { return [$a, $b, $c]; }
var_dump(defaults(c: 'c'));
function counts() { return func_num_args(); }
var_dump(counts(1, 2, 3));
var_dump(strlen(...)("abc"));
$fn = 'h'; var_dump($fn('x', 'y'));
var_dump(call_user_func_array('h', ['b' => 2, 'a' => 1]));
var_dump(call_user_func('h', 'p', 'q'));
--EXPECTF--
string(5) "1-2-0"
string(5) "1-3-0"
string(5) "1-3-2"
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  string(5) "named"
}
string(3) "2|1"
Error: Named parameter $a overwrites previous argument
Error: Unknown named parameter $c
ArgumentCountError: Too few arguments to function h(), 1 passed in %s on line 10 and exactly 2 expected
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  ["x"]=>
  int(2)
}
string(3) "A|B"
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  int(8)
  [2]=>
  string(1) "c"
}
int(3)
int(3)
string(3) "x|y"
string(3) "1|2"
string(3) "p|q"
