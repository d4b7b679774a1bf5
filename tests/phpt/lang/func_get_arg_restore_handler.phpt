--TEST--
func_get_arg and restore_exception_handler
--FILE--
<?php
try { func_get_arg(0); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function f() { try { func_get_arg(-1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } return func_get_arg(0); }
var_dump(f("a"));
function g($x = 5) { $x = 7; return func_get_arg(0); } var_dump(g(1));
set_exception_handler(fn($e) => print("h1\n")); set_exception_handler(fn($e) => print("h2\n")); var_dump(restore_exception_handler(), restore_exception_handler(), restore_exception_handler());
throw new Exception("x");
--EXPECTF--
Error: func_get_arg() cannot be called from the global scope
ValueError: func_get_arg(): Argument #1 ($position) must be greater than or equal to 0
string(1) "a"
int(7)
bool(true)
bool(true)
bool(true)

Fatal error: Uncaught Exception: x in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
--EXITCODE--
255
