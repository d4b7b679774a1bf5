--TEST--
named args errors
--FILE--
<?php
function f(int $a, int $b = 2, int ...$rest) { return [$a, $b, $rest]; }
var_dump(f(b: 5, a: 1));
try { f(1, 2, 3, a: 4); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { f(b: 1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(f(1, 2, 3, 4));
try { var_dump(f(1, 2, 3, x: 4)); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class C { public function __construct(public int $x = 0, public string $s = "") {} }
var_dump(new C(s: "named"));
function g(...$all) { return $all; }
var_dump(g(1, 2, k: 3));
$f = fn(int $x, int $y) => $x - $y;
var_dump($f(y: 1, x: 10));
try { strlen(strin: "x"); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(str_repeat(times: 3, string: "ab"));
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(5)
  [2]=>
  array(0) {
  }
}
Error: Named parameter $a overwrites previous argument
f(): Argument #1 ($a) not passed
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(3)
    ["x"]=>
    int(4)
  }
}
object(C)#1 (2) {
  ["x"]=>
  int(0)
  ["s"]=>
  string(5) "named"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  int(3)
}
int(9)
Unknown named parameter $strin
string(6) "ababab"
