--TEST--
"$a[0]", "$a[-1]", "$a[key]", "$a[$i]"
--FILE--
<?php
$a = [10, 20, 30, -1 => 'minus', 'key' => 'K', '01' => 'zero-one'];
$i = 2;
echo "$a[0] $a[1] $a[-1] $a[key] $a[$i] $a[01]\n";
echo "$a[0]th and $a[key]s\n";
--EXPECT--
10 20 minus K 30 zero-one
10th and Ks
