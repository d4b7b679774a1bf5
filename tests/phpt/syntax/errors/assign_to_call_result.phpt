--TEST--
Can't use function return value in write context
--FILE--
<?php
foo() = 1;
--EXPECTF--
Fatal error: Can't use function return value in write context in %s on line 2
--EXITCODE--
255
