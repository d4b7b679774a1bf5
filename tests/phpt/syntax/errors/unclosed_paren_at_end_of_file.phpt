--TEST--
Unclosed '(' at end of file
--FILE--
<?php
$x = (1 +
  2
--EXPECTF--
Parse error: Unclosed '(' on line 2 in %s on line 4
--EXITCODE--
255
