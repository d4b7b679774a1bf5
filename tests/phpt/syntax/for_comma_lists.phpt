--TEST--
for with comma-separated init, condition and step expressions
--FILE--
<?php
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) {
    echo "$i,$j ";
}
echo "\n";
for ($k = 0, $m = 5; print(''), $k < 3; $k++);
echo $k, "\n";
--EXPECT--
0,10 3,7 
3
