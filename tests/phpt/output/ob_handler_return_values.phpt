--TEST--
ob_start handlers: return values, output inside the handler, exceptions
--FILE--
<?php
ob_start(function ($b) { echo "inside"; return "<" . $b . ">" . "|"; });
echo "ABC";
ob_end_flush();
echo "\n";
ob_start(function ($b) { return 42; });
echo "x";
ob_end_flush();
echo "\n";
ob_start(function ($b) { return [1]; });
echo "y";
ob_end_flush();
echo "\n";
ob_start(function ($b) { return null; });
echo "z";
ob_end_flush();
echo "\n";
ob_start(function ($b) { return true; });
echo "t";
ob_end_flush();
echo "\n";
ob_start(function ($b) { throw new Exception("in handler"); });
echo "e";
try { ob_end_flush(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump(ob_get_level());
--EXPECT--
<ABC>|
42
Array


ecaught in handler
int(0)
