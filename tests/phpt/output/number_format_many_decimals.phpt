--TEST--
number_format with many decimals
--FILE--
<?php
echo strlen(number_format(1.5, 400)), " ", strlen(number_format(1.5, 320)), " ", strlen(sprintf("%.400f", 1.5)), "\n";
echo number_format(0.1, 20), "\n", number_format(123456789.98765, 5), "\n";
--EXPECTF--
402 322 
Notice: sprintf(): Requested precision of 400 digits was truncated to PHP maximum of 53 digits in %s on line 2
55
0.10000000000000000555
123,456,789.98765
