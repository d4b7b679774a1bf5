--TEST--
a trailing _ is not part of a number
--FILE--
<?php
$a = 1_000_;
--EXPECTF--
Parse error: syntax error, unexpected identifier "_" in %s on line 2
--EXITCODE--
255
