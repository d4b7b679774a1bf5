--TEST--
unexpected double-quoted string
--FILE--
<?php
echo "a" "b";
--EXPECTF--
Parse error: syntax error, unexpected double-quoted string "b", expecting "," or ";" in %s on line 2
--EXITCODE--
255
