--TEST--
CAPTURE_STDIO with STDIN STDOUT compares standard output alone
--CAPTURE_STDIO--
STDIN STDOUT
--FILE--
<?php
echo "out\n";
fwrite(STDERR, "not compared\n");
--EXPECT--
out
