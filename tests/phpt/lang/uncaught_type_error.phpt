--TEST--
uncaught type error
--FILE--
<?php
declare(strict_types=1);
class Svc { public static function handle(int $id) { return $id; } }
function dispatch($raw) { return Svc::handle($raw); }
echo "dispatching\n";
dispatch("42");
--EXPECTF--
dispatching

Fatal error: Uncaught TypeError: Svc::handle(): Argument #1 ($id) must be of type int, string given, called in %s on line 4 and defined in %s:3
Stack trace:
#0 %s(4): Svc::handle('42')
#1 %s(6): dispatch('42')
#2 {main}
  thrown in %s on line 3
--EXITCODE--
255
