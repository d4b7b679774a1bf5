--TEST--
declare(ticks=N): the counter, tick functions that tick themselves, declare blocks, exceptions from tick functions
--FILE--
<?php
declare(ticks=2);
function tk() { echo "T"; }
register_tick_function('tk');
echo "a";
echo "b";
declare(ticks=1) {
    echo "c";
}
echo "d";
echo "e\n";
unregister_tick_function('tk');
declare(ticks=3);
$log = [];
register_tick_function(function () use (&$log) { $log[] = count($log); });
for ($i = 0; $i < 10; $i++) { $x = $i * 2; }
var_dump(count($log));
declare(ticks=1) {
    $a = 1; $b = 2;
}
var_dump(count($log));
try { register_tick_function('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function thrower() { throw new Exception("from tick"); }
register_tick_function('thrower');
echo "never\n";
?>
--EXPECTF--
TaTbTcTdTe
Tint(6)
int(8)
register_tick_function(): Argument #1 ($callback) must be a valid callback, function "nope" not found or invalid function name

Fatal error: Uncaught Exception: from tick in %s:23
Stack trace:
#0 %s(24): thrower()
#1 {main}
  thrown in %s on line 23
--EXITCODE--
255
