--TEST--
Arguments after a positional script file, including a literal --
--CLI--
{FILE} a -b -- c
--FILE--
<?php
echo implode("|", array_slice($argv, 1)), "\n";
--EXPECT--
a|-b|--|c
