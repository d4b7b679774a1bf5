--TEST--
A // or # comment stops at ?>
--FILE--
<?php echo 'a'; // comment ?>b
<?php echo 'c'; # comment ?>d
--EXPECT--
ab
cd
