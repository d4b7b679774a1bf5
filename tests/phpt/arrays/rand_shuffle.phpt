--TEST--
array_rand and shuffle (shapes, errors)
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4];
$k = array_rand($a);
var_dump(array_key_exists($k, $a));
$ks = array_rand($a, 3);
var_dump(count($ks), count(array_unique($ks)), array_diff($ks, array_keys($a)));
$prev = -1; $ordered = true;
foreach ($ks as $x) { $pos = array_search($x, array_keys($a)); if ($pos < $prev) $ordered = false; $prev = $pos; }
var_dump($ordered);
var_dump(array_rand([5 => 'only']));
var_dump(array_rand($a, 4) === array_keys($a));
$s = range(1, 20);
var_dump(shuffle($s), count($s), array_sum($s), array_is_list($s));
$s2 = ['x' => 1, 'y' => 2];
shuffle($s2);
var_dump(array_keys($s2));
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => array_rand([]));
t(fn() => array_rand([1, 2], 3));
t(fn() => array_rand([1, 2], 0));
--EXPECT--
bool(true)
int(3)
int(3)
array(0) {
}
bool(true)
int(5)
bool(true)
bool(true)
int(20)
int(210)
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
ValueError: array_rand(): Argument #1 ($array) cannot be empty
ValueError: array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
ValueError: array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
