--TEST--
A class extending SplHeap without compare() is a fatal error
--FILE--
<?php
class NoCompare extends SplHeap {}
echo "not reached\n";
--EXPECTF--
Fatal error: Class NoCompare contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (SplHeap::compare) in %s on line 2
--EXITCODE--
255
