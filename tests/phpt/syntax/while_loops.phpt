--TEST--
while with and without braces, and endwhile
--FILE--
<?php
$i = 0;
while ($i < 3) {
    echo $i;
    $i++;
}
echo "\n";
while ($i > 0) echo $i--;
echo "\n";
while ($i < 2):
    echo "[", $i++, "]";
endwhile;
echo "\n";
--EXPECT--
012
321
[0][1]
