--TEST--
A script that does not exist
--CLI--
does-not-exist.php
--FILE--
<?php
--EXPECT--
Could not open input file: does-not-exist.php
--EXITCODE--
1
