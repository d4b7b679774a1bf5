--TEST--
exit(N) sets the process exit status
--FILE--
<?php
echo "bye\n";
exit(3);
--EXPECT--
bye
--EXITCODE--
3
