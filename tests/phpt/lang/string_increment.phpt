--TEST--
string increment
--FILE--
<?php
foreach (["a", "z", "Az", "zz", "a9", "Zz", "9", "9.5", "", "-1", "1e2", "abc-"] as $s) {
    $t = $s; $t++; var_dump($t);
}
$n = null; $n++; var_dump($n);
$n = null; $n--; var_dump($n);
$f = 1.5; $f++; var_dump($f);
$i = PHP_INT_MAX; $i++; var_dump($i);
$i = PHP_INT_MIN; $i--; var_dump($i);
$s = "abc"; $s--; var_dump($s);
$b = true; $b++; var_dump($b);
--EXPECTF--
string(1) "b"
string(2) "aa"
string(2) "Ba"
string(3) "aaa"
string(2) "b0"
string(3) "AAa"
int(10)
float(10.5)
string(1) "1"
int(0)
float(101)
string(4) "abc-"
int(1)
NULL
float(2.5)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
string(3) "abc"
bool(true)
