--TEST--
$argv holds only the script name when no arguments are given
--FILE--
<?php
echo count($argv), " ", $argc, "\n";
--EXPECT--
1 1
