--TEST--
A script may end without ?>
--FILE--
<?php
echo "no closing tag\n";
--EXPECT--
no closing tag
