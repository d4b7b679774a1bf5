--TEST--
Pre/post increment and decrement
--FILE--
<?php
$i = 5;
echo $i++, " ", $i, " ", ++$i, " ", $i--, " ", --$i, "\n";
$s = 'a'; $s++; echo $s, " ";
$z = 'Az'; $z++; echo $z, " ";
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
$f = 1.5; $f++; var_dump($f);
--EXPECT--
5 6 7 7 5
b Ba int(1)
NULL
float(2.5)
