--TEST--
Concatenation is weaker than + and - in PHP 8, and shifts bind tighter
--FILE--
<?php
echo "sum: " . 1 + 2, "\n";
echo "x" . 2 * 3, "\n";
echo 1 . 2 + 3, "\n";
echo "a" . "b" . "c", "\n";
echo "s" . 1 << 2, "\n";
--EXPECT--
sum: 3
x6
15
abc
s4
