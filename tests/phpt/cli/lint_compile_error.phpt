--TEST--
-l reports compile-time fatal errors too (break 0)
--CLI--
-l {FILE}
--FILE--
<?php
while (true) {
    break 0;
}
--EXPECTF--
Fatal error: 'break' operator accepts only positive integers in %s on line 3
Errors parsing %s
--EXITCODE--
255
