--TEST--
set error handler
--FILE--
<?php
function handler($no, $str, $file, $line) { echo "handler: [$no] $str (line $line)\n"; return true; }
$prev = set_error_handler('handler');
var_dump($prev);
echo $undef;
trigger_error("custom", E_USER_NOTICE);
trigger_error("dep", E_USER_DEPRECATED);
$r = [] ; echo $r['x'];
set_error_handler(function ($no, $str) { echo "second: $str\n"; return false; }, E_USER_WARNING);
trigger_error("falls through", E_USER_WARNING);
trigger_error("not for me", E_USER_NOTICE);
restore_error_handler();
echo $undef2;
restore_error_handler();
echo $undef3;
set_error_handler(function ($no, $str, $file, $line) { throw new ErrorException($str, 0, $no, $file, $line); });
try { echo $undef4; } catch (ErrorException $e) { echo "converted: ", $e->getMessage(), " severity ", $e->getSeverity(), "\n"; }
set_error_handler(null);
echo $undef5;
try { trigger_error("bad", 12345); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
NULL
handler: [2] Undefined variable $undef (line 5)
handler: [1024] custom (line 6)
handler: [16384] dep (line 7)
handler: [2] Undefined array key "x" (line 8)
second: falls through

Warning: falls through in %s on line 10

Notice: not for me in %s on line 11
handler: [2] Undefined variable $undef2 (line 13)

Warning: Undefined variable $undef3 in %s on line 15
converted: Undefined variable $undef4 severity 2

Warning: Undefined variable $undef5 in %s on line 19
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
