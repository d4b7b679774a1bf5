--TEST--
fwrite to STDERR keeps order with echo
--FILE--
<?php
echo "one\n";
fwrite(STDERR, "two\n");
echo "three\n";
$e = fopen('php://stderr', 'w');
var_dump(fwrite($e, "four\n"));
echo "five\n";
--EXPECT--
one
two
three
four
int(5)
five
