--TEST--
-d key without a value sets it to "1"
--CLI--
-d precision -f {FILE}
--FILE--
<?php
echo 2 / 3, "\n";
--EXPECT--
0.7
