--TEST--
destructor exception
--FILE--
<?php
class D { public function __destruct() { echo "dtor\n"; throw new Exception("from destructor"); } }
function f() { $d = new D; }
try { f(); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
echo "continues\n";
--EXPECTF--
dtor
caught: from destructor
continues
