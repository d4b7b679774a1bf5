--TEST--
for (;;) with break, and for: endfor
--FILE--
<?php
$n = 0;
for (;;) {
    if (++$n > 3) break;
}
echo $n, "\n";
for ($i = 0; $i < 3; $i++):
    echo $i;
endfor;
echo "\n";
--EXPECT--
4
012
