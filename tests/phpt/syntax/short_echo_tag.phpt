--TEST--
<?= echoes expressions, several separated by commas
--FILE--
<?= 1 + 2 ?>
<?= 'a', 'b', "c" ?>
<?=4?>|<?= 5; ?>
--EXPECT--
3abc4|5
