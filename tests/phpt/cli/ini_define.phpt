--TEST--
INI section entries become -d settings (precision)
--INI--
precision=5
--FILE--
<?php
echo 1 / 3, "\n";
--EXPECT--
0.33333
