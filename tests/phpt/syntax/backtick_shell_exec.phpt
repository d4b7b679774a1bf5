--TEST--
Backtick strings with interpolation parse
--FILE--
<?php

if (false) {
    $out = `ls -la`;
    $dir = '/tmp';
    $out2 = `ls $dir {$dir}`;
    $out3 = ``;
}
echo "parsed\n";
--EXPECT--
parsed
