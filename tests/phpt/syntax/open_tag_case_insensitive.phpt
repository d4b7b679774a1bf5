--TEST--
<?php is case-insensitive and needs whitespace after it
--FILE--
<?PHP echo 'upper'; ?>
<?Php echo 'mixed'; ?>
<?php	echo 'tab';
--EXPECT--
uppermixedtab
