--TEST--
in_array/array_search with objects, arrays and enums-like values
--FILE--
<?php
class P { public $v; function __construct($v) { $this->v = $v; } }
$o1 = new P(1); $o2 = new P(1); $o3 = new P(2);
$list = [$o1, $o3];
var_dump(in_array($o2, $list), in_array($o2, $list, true), in_array($o1, $list, true));
var_dump(array_search($o3, $list, true), array_search(new P(2), $list));
var_dump(in_array([1, 2], [[1, 2]], true), in_array([2, 1], [[1, 2]]), in_array(['a' => 1], [['a' => '1']]));
var_dump(array_keys([$o1, $o2, $o3], $o1), array_keys([$o1, $o2, $o3], $o1, true));
--EXPECT--
bool(true)
bool(false)
bool(true)
int(1)
int(1)
bool(true)
bool(false)
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
array(1) {
  [0]=>
  int(0)
}
