--TEST--
A script on standard input starting with a newline keeps its line numbers
--CLI--
--
--STDIN--

<?php echo "line ", __LINE__, "\n";
--FILE--
<?php
--EXPECT--
line 2
