--TEST--
String offsets with positive and negative indexes
--FILE--
<?php
$s = "hello";
echo $s[0], $s[4], $s[-1], $s[-5], "\n";
$s[0] = 'j';
echo $s, "\n";
echo "abc"[1], ['x', 'y'][1], "\n";
--EXPECT--
hooh
jello
by
