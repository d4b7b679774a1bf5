--TEST--
array autovivification
--FILE--
<?php
$a['x']['y'][] = 1;
$a['x']['y'][] = 2;
$a['x']['z'] = 'z';
var_dump($a);
$n = null;
$n[] = 'from null';
var_dump($n);
$s = "";
try { $s[] = 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$i = 5;
try { $i[0] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($i);
$f = false;
$f[] = 1;
var_dump($f);
$str = "abc";
try { $str['x']['y'] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$arr = [];
$arr[PHP_INT_MAX] = 1;
try { $arr[] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$m = [];
$m['a']['b'] ??= 'default';
var_dump($m);
--EXPECTF--
array(1) {
  ["x"]=>
  array(2) {
    ["y"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
    ["z"]=>
    string(1) "z"
  }
}
array(1) {
  [0]=>
  string(9) "from null"
}
Error: [] operator not supported for strings
Error: Cannot use a scalar value as an array
int(5)

Deprecated: Automatic conversion of false to array is deprecated in %s on line 15
array(1) {
  [0]=>
  int(1)
}
TypeError: Cannot access offset of type string on string
Error: Cannot add element to the array as the next element is already occupied
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    string(7) "default"
  }
}
