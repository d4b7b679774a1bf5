--TEST--
-l with display_errors=0 hides the message but still reports failure
--INI--
display_errors=0
--CLI--
-l {FILE}
--FILE--
<?php
if (
--EXPECTF--
Errors parsing %s
--EXITCODE--
255
