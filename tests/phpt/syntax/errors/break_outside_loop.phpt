--TEST--
break outside a loop or switch
--FILE--
<?php
echo 1;
break;
--EXPECTF--
Fatal error: 'break' not in the 'loop' or 'switch' context in %s on line 3
--EXITCODE--
255
