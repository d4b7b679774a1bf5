--TEST--
With -- and no file, the script comes from standard input
--CLI--
-- a b
--STDIN--
<?php
echo $argv[0], "|", $argv[1], "|", $argv[2], "\n";
--FILE--
<?php
--EXPECT--
Standard input code|a|b
