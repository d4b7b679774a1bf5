--TEST--
Cannot use empty list
--FILE--
<?php
[] = [1];
--EXPECTF--
Fatal error: Cannot use empty list in %s on line 2
--EXITCODE--
255
