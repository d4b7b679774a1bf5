--TEST--
display_errors=stderr sends warnings to standard error, without the leading blank line
--INI--
display_errors=stderr
--FILE--
<?php
echo "before\n";
echo $undefined;
echo "after\n";
--EXPECTF--
before
Warning: Undefined variable $undefined in %s on line 3
after
