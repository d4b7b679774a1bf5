--TEST--
printf and vprintf print and return the byte count
--FILE--
<?php
$n = printf("%s=%d\n", "n", 5);
var_dump($n);
$n = printf("abc");
echo "\n";
var_dump($n);
$n = vprintf("%2\$s-%1\$s\n", ["a", "b"]);
var_dump($n);
var_dump(printf(""));
--EXPECT--
n=5
int(4)
abc
int(3)
b-a
int(4)
int(0)
