--TEST--
-r runs code without tags; $argv[0] is "Standard input code"
--CLI--
-r "echo 'hi ', \$argv[0], ' ', \$argv[1], PHP_EOL;" -- -x
--FILE--
<?php
--EXPECT--
hi Standard input code -x
