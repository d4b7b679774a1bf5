--TEST--
-l on empty standard input
--CLI--
-l
--FILE--
<?php
--EXPECT--
No syntax errors detected in Standard input code
