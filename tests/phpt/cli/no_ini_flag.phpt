--TEST--
-n is accepted
--CLI--
-n -f {FILE}
--FILE--
<?php echo "ok\n";
--EXPECT--
ok
