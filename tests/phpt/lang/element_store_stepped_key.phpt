--TEST--
element stores copying $src[$i++]: the compiled statement and its fall-backs
--FILE--
<?php
// `$dst[] = $src[$i++]` and its relatives.
$left = [10, 20, 30];
$out = [];
$i = 0;
while ($i < 3) {
    $out[] = $left[$i++];
}
echo implode(",", $out), " ", $i, "\n";
$out[] = $left[$i++];
echo count($out), " ", $i, "\n";
var_dump($out[3]);
$j = 2;
$down = [];
$down[] = $left[$j--];
$down[] = $left[--$j];
$down['k'] = $left[++$j];
echo implode(",", $down), " ", $j, "\n";
$v = 99;
$withref = [0, 1];
$withref[1] = &$v;
$p = 1;
$got = [];
$got[] = $withref[$p++];
$v = 100;
echo $got[0], " ", $p, "\n";
$s = "1";
$got[] = $left[$s++];
var_dump($s, $got[1]);
$m = PHP_INT_MAX;
$big = [PHP_INT_MAX => 'max'];
$got[] = $big[$m++];
var_dump($m, end($got));
$self = [1, 2, 3];
$r = 0;
$self[] = $self[$r++];
$self[] = $self[$r++];
echo implode(",", $self), " ", $r, "\n";
$nul = null;
$t = 0;
$nul[] = $left[$t++];
var_dump($nul, $t);
$str = "abc";
$u = 0;
try {
    $str[] = $left[$u++];
} catch (Error $e) {
    echo $e->getMessage(), " ", $u, "\n";
}
$dst = [];
$dref = &$dst;
$w = 0;
$dref[] = $left[$w++];
$dref[] = $left[$w++];
echo count($dst), " ", $w, "\n";
$full = [PHP_INT_MAX => 1];
$z = 0;
try {
    $full[] = $left[$z++];
} catch (Error $e) {
    echo $e->getMessage(), " ", $z, "\n";
}
$hash = ['a' => 1, 'b' => 2];
$hk = 0;
$hout = [];
$hout[] = $hash[$hk++];
var_dump($hout, $hk);
$fl = 1.5;
$hout[] = $left[$fl++];
var_dump($fl, end($hout));
function gen() { $c = [1, 2, 3]; $o = []; $n = 0; while ($n < 3) { $o[] = $c[$n++]; } return $o; }
echo implode(",", gen()), "\n";
$ri = 0;
$rif = &$ri;
$rr = [];
$rr[] = $left[$ri++];
echo $ri, $rif, "\n";
--EXPECTF--
10,20,30 3

Warning: Undefined array key 3 in %s on line 10
4 4
NULL
30,10,20 1
99 2
int(2)
int(20)
float(9.223372036854776E+18)
string(3) "max"
1,2,3,1,2 2
array(1) {
  [0]=>
  int(10)
}
int(1)
[] operator not supported for strings 1
2 2
Cannot add element to the array as the next element is already occupied 1

Warning: Undefined array key 0 in %s on line 66
array(1) {
  [0]=>
  NULL
}
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 69
float(2.5)
int(20)
1,2,3
11
