--TEST--
extract with EXTR_REFS binds variables to the array's elements
--FILE--
<?php
$src = ['a' => 1, 'b' => 2];
var_dump(extract($src, EXTR_REFS));
$a = 100;
var_dump($src);
var_dump(extract($src, EXTR_PREFIX_ALL | EXTR_REFS, 'p'));
$p_b = 'changed';
var_dump($src['b'], $b);
function g() { $arr = ['x' => 'X']; extract($arr, EXTR_REFS); $x .= '!'; return $arr; }
var_dump(g());
var_dump(extract(['lit' => 5], EXTR_REFS), $lit);
--EXPECT--
int(2)
array(2) {
  ["a"]=>
  &int(100)
  ["b"]=>
  &int(2)
}
int(2)
string(7) "changed"
string(7) "changed"
array(1) {
  ["x"]=>
  string(2) "X!"
}
int(1)
int(5)
