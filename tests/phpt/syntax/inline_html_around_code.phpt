--TEST--
Inline HTML before and after a PHP block
--FILE--
before <?php echo 'inside'; ?> after
last line
--EXPECT--
before inside after
last line
