--TEST--
The CLEAN section runs after the test; its output is not compared
--FILE--
<?php
file_put_contents(__DIR__ . '/clean_section.tmp', 'x');
echo file_exists(__DIR__ . '/clean_section.tmp') ? "created\n" : "missing\n";
--CLEAN--
<?php
@unlink(__DIR__ . '/clean_section.tmp');
echo "ignored output\n";
--EXPECT--
created
