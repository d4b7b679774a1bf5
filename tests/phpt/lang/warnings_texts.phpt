--TEST--
warnings texts
--FILE--
<?php
echo $undef;
$a = [];
echo $a['missing'];
echo $a[7];
$o = new stdClass;
echo $o->missing;
$n = null;
echo $n['k'];
echo $n->prop;
$s = "str";
echo $s[10];
echo "x" . [1];
$i = "abc" + 0;
$j = "12abc" + 1;
$k = (int)"12abc";
$arr = [1.5 => 'a'];
$l = 10 % 3.5;
$m = [1, 2] == "Array";
echo intdiv_x(), "\n";
function intdiv_x() { return 1; }
$str = "abc"; $str[] = "d";
--EXPECTF--
Warning: Undefined variable $undef in %s on line 2

Warning: Undefined array key "missing" in %s on line 4

Warning: Undefined array key 7 in %s on line 5

Warning: Undefined property: stdClass::$missing in %s on line 7

Warning: Trying to access array offset on value of type null in %s on line 9

Warning: Attempt to read property "prop" on null in %s on line 10

Warning: Uninitialized string offset 10 in %s on line 12

Warning: Array to string conversion in %s on line 13
xArray
Fatal error: Uncaught TypeError: Unsupported operand types: string + int in %s:14
Stack trace:
#0 {main}
  thrown in %s on line 14
--EXITCODE--
255
