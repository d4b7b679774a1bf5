--TEST--
-f FILE -l still lints (options continue after -f's value)
--CLI--
-f {FILE} -l
--FILE--
<?php echo 1;
--EXPECTF--
No syntax errors detected in %s
