--TEST--
goto to an undefined label
--FILE--
<?php
goto missing;
--EXPECTF--
Fatal error: 'goto' to undefined label 'missing' in %s on line 2
--EXITCODE--
255
