--TEST--
shutdown order
--FILE--
<?php
register_shutdown_function(function () {
    echo "first\n";
    register_shutdown_function(function () { echo "registered during shutdown\n"; });
});
register_shutdown_function(function () { echo "second\n"; exit(7); echo "no\n"; });
register_shutdown_function(function () { echo "third is skipped after exit\n"; });
echo "main\n";
--EXPECTF--
main
first
second
--EXITCODE--
7
