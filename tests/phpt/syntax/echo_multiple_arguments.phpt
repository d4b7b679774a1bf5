--TEST--
echo with several arguments and parentheses
--FILE--
<?php
echo 'a', 'b', 1, 2.5, true, null, false, "\n";
echo('paren'), "\n";
echo ("x"), ("y"), "\n";
--EXPECT--
ab12.51
paren
xy
