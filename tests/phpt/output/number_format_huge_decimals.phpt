--TEST--
number_format with thousands of decimals
--FILE--
<?php
echo strlen(number_format(1.5, 5000)), " ", strlen(number_format(1.5, 2000000)), "\n";
echo number_format(0.1, 30), "\n";
--EXPECT--
5002 2000002
0.100000000000000005551115123126
