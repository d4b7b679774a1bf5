--TEST--
references
--FILE--
<?php
$a = 1; $b = &$a; $b = 2; var_dump($a);
unset($b); $b = 3; var_dump($a);
$arr = [1, 2]; $ref = &$arr[0]; $copy = $arr; $ref = 'X'; var_dump($copy[0]);
function addItem(array &$list, $item) { $list[] = $item; }
$l = []; addItem($l, 'one'); addItem($l, 'two'); var_dump($l);
function inc(&$n) { $n++; }
$undefined_arr = []; inc($undefined_arr['new']); var_dump($undefined_arr);
$g = 10;
function useGlobal() { global $g; $g++; return $g; }
var_dump(useGlobal(), $g);
function viaGlobals() { $GLOBALS['g'] = 100; return $GLOBALS['g']; }
var_dump(viaGlobals(), $g);
function counter() { static $count = 0; return ++$count; }
counter(); counter(); var_dump(counter());
$x = 1;
$f = function () use (&$x) { $x++; };
$f(); $f(); var_dump($x);
$y = 1;
$h = function () use ($y) { return $y; };
$y = 2; var_dump($h());
$data = ['a' => ['b' => 1]];
$inner = &$data['a']['b'];
$inner = 42;
var_dump($data);
$list = [1, 2, 3];
foreach ($list as $i => &$val) { $val = $val * 2; }
unset($val);
var_dump($list);
$s = 'str'; $r = &$s; $r .= 'ing'; var_dump($s);
--EXPECTF--
int(2)
int(2)
string(1) "X"
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
array(1) {
  ["new"]=>
  int(1)
}
int(11)
int(11)
int(100)
int(100)
int(3)
int(3)
int(1)
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &int(42)
  }
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
string(6) "string"
