--TEST--
buffers are flushed when the script exits
--FILE--
<?php
ob_start(fn($b) => "<" . $b . ">");
echo "before exit";
exit(3);
--EXPECT--
<before exit>
--EXITCODE--
3
