--TEST--
array read warnings
--FILE--
<?php
$a = [1];
var_dump($a[5]);
var_dump($a['k']);
$n = null;
var_dump($n[0]);
$i = 5;
var_dump($i[0]);
$s = "abc";
var_dump($s[1], $s[-1]);
var_dump($s[10]);
var_dump(isset($a[0]), isset($a[5]), isset($n[0]), empty($a[0]), $a[9] ?? 'dflt');
$s[1] = 'X'; var_dump($s);
$s[5] = '!'; var_dump($s);
try { var_dump($s['x']); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($s["1"]);
echo "done\n";
--EXPECTF--
Warning: Undefined array key 5 in %s on line 3
NULL

Warning: Undefined array key "k" in %s on line 4
NULL

Warning: Trying to access array offset on value of type null in %s on line 6
NULL

Warning: Trying to access array offset on value of type int in %s on line 8
NULL
string(1) "b"
string(1) "c"

Warning: Uninitialized string offset 10 in %s on line 11
string(0) ""
bool(true)
bool(false)
bool(false)
bool(false)
string(4) "dflt"
string(3) "aXc"
string(6) "aXc  !"
TypeError: Cannot access offset of type string on string
string(1) "X"
done
