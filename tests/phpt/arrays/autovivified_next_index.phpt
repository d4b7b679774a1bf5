--TEST--
arrays created by writes into null, false or undefined places have no next index yet (PHP 8.2): [] after negative keys continues from the largest
--FILE--
<?php
$f = false; $f[-5] = 'a'; $f[] = 'b'; var_dump(array_keys($f));
$n = null; $r = &$n[-5]; $n[] = 'b'; var_dump(array_keys($n));
$u[-3][-5] = 1; $u[-3][] = 2; $u[] = 3; var_dump(array_keys($u), array_keys($u[-3]));
function f() { static $s; $s[-7] = 1; $s[] = 2; return array_keys($s); }
var_dump(f());
$o = new stdClass; $o->p[-2] = 1; $o->p[] = 2; var_dump(array_keys($o->p));
list($l[-9]) = [1]; $l[] = 2; var_dump(array_keys($l));
$x = []; $x[-5] = 1; $x[] = 2; var_dump(array_keys($x));
--EXPECTF--

Deprecated: Automatic conversion of false to array is deprecated in %s on line 2
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(-4)
}
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(-4)
}
array(2) {
  [0]=>
  int(-3)
  [1]=>
  int(-2)
}
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(-4)
}
array(2) {
  [0]=>
  int(-7)
  [1]=>
  int(-6)
}
array(2) {
  [0]=>
  int(-2)
  [1]=>
  int(-1)
}
array(2) {
  [0]=>
  int(-9)
  [1]=>
  int(-8)
}
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(0)
}
