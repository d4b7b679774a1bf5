--TEST--
-l on a valid script reports no syntax errors
--CLI--
-l {FILE}
--FILE--
<?php
function f($a) { return $a + 1; }
echo f(1);
--EXPECTF--
No syntax errors detected in %s
