--TEST--
exit message
--FILE--
<?php
function stop() { die("dying message\n"); }
echo "a\n";
stop();
echo "b\n";
--EXPECTF--
a
dying message
