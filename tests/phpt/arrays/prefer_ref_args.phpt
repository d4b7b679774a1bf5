--TEST--
array_multisort and extract accept values as well as variables (prefer-ref); compact in nested scopes
--FILE--
<?php
var_dump(array_multisort([3, 1]));
$a = [3, 1, 2]; $b = ['c', 'a', 'b'];
var_dump(array_multisort($a, SORT_DESC, SORT_NUMERIC, $b));
var_dump($a, $b);
var_dump(extract(['zz' => 1]), $zz);
function h() { $data = ['q' => 'Q']; extract($data); return compact('q'); }
var_dump(h());
$f = function () { $v = 5; return (fn() => compact('v'))(); };
var_dump($f());
--EXPECTF--
bool(true)
bool(true)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "a"
}
int(1)
int(1)
array(1) {
  ["q"]=>
  string(1) "Q"
}

Warning: compact(): Undefined variable $v in %s on line 9
array(0) {
}
