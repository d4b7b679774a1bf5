--TEST--
unexpected identifier after a name
--FILE--
<?php
foo bar;
--EXPECTF--
Parse error: syntax error, unexpected identifier "bar" in %s on line 2
--EXITCODE--
255
