--TEST--
Standard error is part of the compared output, interleaved (run-tests.php's 2>&1)
--FILE--
<?php
echo "out 1\n";
fwrite(STDERR, "err 1\n");
echo "out 2\n";
--EXPECT--
out 1
err 1
out 2
