--TEST--
Simple interpolation of $var
--FILE--
<?php
$a = "A"; $b = 2; $ab = "AB";
echo "$a $b $ab\n";
echo "$a$b-$a.$b\n";
echo "x$a", "\n";
echo "{$a}b and $ab", "\n";
echo "\$a is literal, so is $ alone and {\$a}", "\n";
--EXPECT--
A 2 AB
A2-A.2
xA
Ab and AB
$a is literal, so is $ alone and {$a}
