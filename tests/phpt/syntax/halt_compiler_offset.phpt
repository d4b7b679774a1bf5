--TEST--
__COMPILER_HALT_OFFSET__ points just after __halt_compiler();
--FILE--
<?php
$data = file_get_contents(__FILE__, false, null, __COMPILER_HALT_OFFSET__);
echo trim($data), "\n";
__halt_compiler();payload data
--EXPECT--
payload data
