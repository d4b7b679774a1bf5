--TEST--
open buffers are flushed through their handlers at the end
--FILE--
<?php
ob_start(fn($b) => strlen($b) . ":" . $b);
ob_start();
echo "left open\n";
register_shutdown_function(function () { echo "shutdown\n"; });
--EXPECT--
19:left open
shutdown
