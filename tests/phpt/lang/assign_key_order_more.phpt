--TEST--
Key order of element assignment: warnings, string offsets, ??=, ArrayAccess, list(), compound
--FILE--
<?php
function v($x) { echo "value $x\n"; return $x; }
$a = [];
$a[$undef] = v(1);
$a2 = []; $a2[$k1][$undef2] = v(2); var_dump($a2);
var_dump($a);
$s = "abcd"; $i = 0;
$s[$i] = v('z') . (($i = 2) ? '' : '');
echo $s, "\n";
$c = ['x' => null]; $key = 'x';
$c[$key] ??= ($key = 'y');
var_dump($c);
class AA implements ArrayAccess {
    public function offsetExists($o): bool { echo "exists $o\n"; return false; }
    public function offsetGet($o): mixed { echo "get $o\n"; return 1; }
    public function offsetSet($o, $v): void { echo "set $o = $v\n"; }
    public function offsetUnset($o): void {}
}
$o = new AA; $n = 1;
$o[$n] = ($n = 2) + 40;
$o[$n] .= ($n = 3);
$arr = [1, 2, 3]; $p = 0;
[$arr[$p]] = [($p = 2) + 10];
var_dump($arr);
$m = [0, 0]; $t = 0;
$m[$t] -= ($t = 1) + 5;
var_dump($m);
$str = ['a' => 'b']; $kk = 'a';
$str[$kk] = $str[$kk] . v('c');
var_dump($str);
--EXPECTF--
value 1

Warning: Undefined variable $undef in %s on line 4
value 2

Warning: Undefined variable $k1 in %s on line 5

Warning: Undefined variable $undef2 in %s on line 5
array(1) {
  [""]=>
  array(1) {
    [""]=>
    int(2)
  }
}
array(1) {
  [""]=>
  int(1)
}
value z
abzd
array(2) {
  ["x"]=>
  NULL
  ["y"]=>
  string(1) "y"
}
set 2 = 42
get 3
set 3 = 13
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(12)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(-6)
}
value c
array(1) {
  ["a"]=>
  string(2) "bc"
}
