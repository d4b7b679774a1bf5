--TEST--
fwrite to STDOUT and php://output keeps order with echo
--FILE--
<?php
echo "a";
fwrite(STDOUT, "b");
echo "c\n";
$o = fopen('php://output', 'w');
fwrite($o, "d");
echo "e";
$s = fopen('php://stdout', 'w');
fwrite($s, "f\n");
print "g\n";
--EXPECT--
abc
def
g
