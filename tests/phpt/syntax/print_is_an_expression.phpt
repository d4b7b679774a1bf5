--TEST--
print returns 1 and binds loosely
--FILE--
<?php
$r = print "a";
echo "\n", $r, "\n";
print "b" . "c" . "\n";
true and print "printed\n";
echo print("x"), "\n";
--EXPECT--
a
1
bc
printed
x1
