--TEST--
goto jumps forward and backward
--FILE--
<?php
$i = 0;
loop:
echo $i;
$i++;
if ($i < 3) goto loop;
goto done;
echo "skipped";
done:
echo "\n";
--EXPECT--
012
