--TEST--
element reads with a computed key: the key is evaluated before the local is read
--FILE--
<?php
// Element reads with a computed key on a local: the key first, then the local.
function f() { global $a; $a = [9, 8]; return 0; }
$a = [1, 2];
echo $a[f()], "\n";
$b = [1, 2];
echo $b[($b = [7, 8]) ? 1 : 0], "\n";
$i = 0;
echo $u[$i++], "|", $i, "\n";
echo $u[$k + 1], "\n";
$s = "abc";
$j = 0;
echo $s[$j++], $s[$j++], $s[$j++], "\n";
$arr = [[1, 2], [3, 4]];
$p = 0;
echo $arr[$p++][$p++], "\n";
$m = [10, 20, 30];
$q = 0;
echo $m[$q++] + $m[$q++] + $m[$q++], " ", $q, "\n";
echo $m[$q++] ?? "none", " ", $q, "\n";
echo @$m[$q++], "|", $q, "\n";
echo $m[$q++], "|", $q, "\n";
$h = ['x' => 1, 'y' => 2, '3' => 'three'];
$key = 'x';
echo $h[$key . ''], $h[strtolower('Y')], $h[1 + 2], $h['3' . ''], "\n";
$fl = [5 => 'five'];
echo $fl[2.5 * 2], "\n";
echo $fl[true ? 5 : 0], "\n";
$x = 1;
$r = [1, 2, 3];
$rr = &$r;
$n = 0;
echo $rr[$n++], $r[$n++], "\n";
$e = [0, 1];
$e[1] = &$x;
$x = 42;
$t = 1;
echo $e[$t + 0], " ", $e[$t * 1], "\n";
$nn = null;
echo $nn[$t + 1] === null ? "null" : "?", "\n";
class AA implements ArrayAccess {
    public function offsetExists($o): bool { return true; }
    public function offsetGet($o): mixed { echo "[get $o]"; return $o * 10; }
    public function offsetSet($o, $v): void {}
    public function offsetUnset($o): void {}
}
$obj = new AA();
$w = 0;
echo $obj[$w++], $obj[$w++], "\n";
$neg = [-1 => 'm1', 0 => 'z'];
$z = 0;
echo $neg[$z - 1], $neg[--$z], "\n";
try {
    $arrk = [1];
    echo $arrk[[] + []], "\n";
} catch (TypeError $ex) {
    echo get_class($ex), ": ", $ex->getMessage(), "\n";
}
--EXPECTF--
9
8

Warning: Undefined variable $u in %s on line 9

Warning: Trying to access array offset on value of type null in %s on line 9
|1

Warning: Undefined variable $k in %s on line 10

Warning: Undefined variable $u in %s on line 10

Warning: Trying to access array offset on value of type null in %s on line 10

abc
2
60 3
none 4
|5

Warning: Undefined array key 5 in %s on line 22
|6
12threethree
five
five
12
42 42

Warning: Trying to access array offset on value of type null in %s on line 40
null
[get 0]0[get 1]10
m1m1
TypeError: Illegal offset type
