--TEST--
continue 2 inside a single loop
--FILE--
<?php
while (1) {
    continue 2;
}
--EXPECTF--
Fatal error: Cannot 'continue' 2 levels in %s on line 3
--EXITCODE--
255
