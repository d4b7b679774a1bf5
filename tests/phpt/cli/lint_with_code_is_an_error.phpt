--TEST--
-l together with -r is refused like php does
--CLI--
-l -r "echo 1;"
--FILE--
<?php
--EXPECT--
Either execute direct code, process stdin or use a file.
--EXITCODE--
1
