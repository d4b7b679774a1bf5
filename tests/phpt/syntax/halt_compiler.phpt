--TEST--
__halt_compiler() stops parsing; anything after it is ignored
--FILE--
<?php
echo "before halt\n";
__halt_compiler();
this is not PHP at all { ( [ "
<?php echo "not run";
--EXPECT--
before halt
