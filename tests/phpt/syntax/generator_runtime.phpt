--TEST--
A generator yields keys and values
--FILE--
<?php
function gen() { yield 1; yield 'k' => 2; yield from [3, 4]; }
foreach (gen() as $k => $v) echo "$k=>$v ";
echo "\n";
--EXPECT--
0=>1 k=>2 0=>3 1=>4
