--TEST--
yield outside function
--FILE--
<?php
echo "a";
yield 1;
--EXPECTF--
Fatal error: The "yield" expression can only be used inside a function in %s on line 3
--EXITCODE--
255
