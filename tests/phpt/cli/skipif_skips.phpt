--TEST--
A --SKIPIF-- printing "skip" skips the test (harness self-check)
--SKIPIF--
<?php echo "skip always skipped: harness self-check";
--FILE--
<?php echo "never compared\n";
--EXPECT--
never compared
