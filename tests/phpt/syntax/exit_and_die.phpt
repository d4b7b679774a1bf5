--TEST--
die with a message ends the script
--FILE--
<?php
echo "before\n";
if (false) { exit; exit(); exit(1); die; die(); }
die("message\n");
echo "after\n";
--EXPECT--
before
message
