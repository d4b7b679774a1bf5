--TEST--
unexpected variable, with the expected tokens listed
--FILE--
<?php
echo $a $b;
--EXPECTF--
Parse error: syntax error, unexpected variable "$b", expecting "," or ";" in %s on line 2
--EXITCODE--
255
