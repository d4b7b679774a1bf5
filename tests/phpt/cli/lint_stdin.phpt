--TEST--
-l without a file lints standard input
--CLI--
-l
--STDIN--
<?php
echo "fine";
--FILE--
<?php
--EXPECT--
No syntax errors detected in Standard input code
