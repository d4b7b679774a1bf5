--TEST--
time, microtime, hrtime and uniqid shapes
--FILE--
<?php
$t = time();
var_dump($t === (int) $t, $t > 1600000000);
$m = microtime();
var_dump(strlen($m) > 12, $m[0], $m[1], $m[10]);
$f = microtime(true);
var_dump($f === (float) $f, $f - $t < 5 && $t - $f < 5);
$h = hrtime();
var_dump(count($h), $h[0] === (int) $h[0], $h[1] === (int) $h[1], $h[1] < 1000000000);
$a = hrtime(true);
$b = hrtime(true);
var_dump($a === (int) $a, $b >= $a);
var_dump(strlen(uniqid()), strlen(uniqid('ab')), strlen(uniqid('', true)), uniqid() !== uniqid());
--EXPECT--
bool(true)
bool(true)
bool(true)
string(1) "0"
string(1) "."
string(1) " "
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(13)
int(15)
int(23)
bool(true)
