--TEST--
closure arguments read from elements and locals, and a compiled spaceship return
--FILE--
<?php
$f = function ($a, $b) { return [$a, $b]; };
$arr = [1, "two", [3], null, 5 => 5.5];
$r = 7;
$arr[6] = &$r;
$i = 1; $j = 2;
var_dump($f($arr[0], $arr[$i]), $f($arr[$j], $arr[3]), $f($arr[5], $arr[6]));
$r = 8;
var_dump($f($arr[9], $arr[-1]));
$s = "xyz";
var_dump($f($s[1], $s[$i]));
$n = null;
var_dump($f($n[0], $undef[$i]));
$h = ['k' => 'v', 3 => 'three'];
$k = 'k'; $t = 3;
var_dump($f($h[$k], $h[$t]));
$cmp = function ($a, $b) { return $a <=> $b; };
var_dump($cmp("a", "b"), $cmp(1.5, 1), $cmp([1, 2], [1, 3]), $cmp($undef2, 0));
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(3) "two"
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(3)
  }
  [1]=>
  NULL
}
array(2) {
  [0]=>
  float(5.5)
  [1]=>
  int(7)
}

Warning: Undefined array key 9 in %s on line 9

Warning: Undefined array key -1 in %s on line 9
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
array(2) {
  [0]=>
  string(1) "y"
  [1]=>
  string(1) "y"
}

Warning: Trying to access array offset on value of type null in %s on line 13

Warning: Undefined variable $undef in %s on line 13

Warning: Trying to access array offset on value of type null in %s on line 13
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
array(2) {
  [0]=>
  string(1) "v"
  [1]=>
  string(5) "three"
}

Warning: Undefined variable $undef2 in %s on line 18
int(-1)
int(1)
int(-1)
int(0)
