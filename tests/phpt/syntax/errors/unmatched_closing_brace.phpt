--TEST--
Unmatched '}'
--FILE--
<?php
echo 1;
}
echo 2;
--EXPECTF--
Parse error: Unmatched '}' in %s on line 3
--EXITCODE--
255
