--TEST--
array key normalisation
--FILE--
<?php
$a = [];
$a["8"] = "string eight";
$a["08"] = "zero eight";
$a[true] = "true";
$a[false] = "false";
$a[null] = "null";
$a["-5"] = "minus five";
$a["-0"] = "minus zero";
$a[" 9"] = "space nine";
$a["9223372036854775808"] = "big";
$a[1.7] = "float";
var_dump($a);
$b = [5 => 'a', 'b', -10 => 'c', 'd'];
var_dump($b);
$c = [-5 => 'x']; $c[] = 'y'; var_dump($c);
$d = [3 => 1]; unset($d[3]); $d[] = 2; var_dump($d);
var_dump(["1" => 'a', 1 => 'b', 1.9 => 'c', true => 'd']);
--EXPECTF--
Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 12
array(9) {
  [8]=>
  string(12) "string eight"
  ["08"]=>
  string(10) "zero eight"
  [1]=>
  string(5) "float"
  [0]=>
  string(5) "false"
  [""]=>
  string(4) "null"
  [-5]=>
  string(10) "minus five"
  ["-0"]=>
  string(10) "minus zero"
  [" 9"]=>
  string(10) "space nine"
  ["9223372036854775808"]=>
  string(3) "big"
}
array(4) {
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
  [-10]=>
  string(1) "c"
  [7]=>
  string(1) "d"
}
array(2) {
  [-5]=>
  string(1) "x"
  [-4]=>
  string(1) "y"
}
array(1) {
  [4]=>
  int(2)
}

Deprecated: Implicit conversion from float 1.9 to int loses precision in %s on line 18
array(1) {
  [1]=>
  string(1) "d"
}
