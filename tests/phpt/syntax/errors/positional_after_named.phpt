--TEST--
Cannot use positional argument after named argument
--FILE--
<?php
f(a: 1, 2);
--EXPECTF--
Fatal error: Cannot use positional argument after named argument in %s on line 2
--EXITCODE--
255
