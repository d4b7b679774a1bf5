--TEST--
a failing output handler is disabled and output passes it by
--FILE--
<?php
$calls = [];
ob_start(function ($b, $p) use (&$calls) { $calls[] = "$p:$b"; return false; });
echo "a"; ob_flush(); echo "b"; ob_flush(); echo "c";
$st = ob_get_status();
ob_end_flush();
echo "\n";
var_dump($calls, $st['flags']);
$calls = [];
ob_start(function ($b, $p) use (&$calls) { $calls[] = "$p:$b"; if ($b === 'x') throw new Exception('t'); return "<" . $b . ">"; });
echo "x";
try { ob_flush(); } catch (Exception $e) { echo "caught\n"; }
echo "y"; ob_flush(); 
ob_end_flush();
echo "\n";
var_dump($calls);
--EXPECT--
abc
array(2) {
  [0]=>
  string(3) "5:a"
  [1]=>
  string(2) "4:"
}
int(12401)
xcaught
y<>
array(2) {
  [0]=>
  string(3) "5:x"
  [1]=>
  string(2) "4:"
}
