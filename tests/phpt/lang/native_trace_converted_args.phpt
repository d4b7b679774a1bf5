--TEST--
Stack traces show string arguments of internal functions as converted, other arguments as passed
--FILE--
<?php
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; } }
t(fn() => str_repeat(5, -1));
t(fn() => str_repeat(5.5, -1));
t(fn() => intdiv("5", 0));
t(fn() => str_pad(12, "3", "", STR_PAD_LEFT));
t(fn() => array_fill(0, "-1", 1));
t(fn() => str_repeat(true, -1));
t(fn() => round("1.5", 2, 99));
t(fn() => socket_create(AF_INET, "1", 0) && throw new Exception("x"));
--EXPECTF--
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(3): str_repeat('5', -1)
#1 %s(2): {closure}()
#2 %s(3): t(Object(Closure))
#3 {main}
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(4): str_repeat('5.5', -1)
#1 %s(2): {closure}()
#2 %s(4): t(Object(Closure))
#3 {main}
DivisionByZeroError: Division by zero
#0 %s(5): intdiv('5', 0)
#1 %s(2): {closure}()
#2 %s(5): t(Object(Closure))
#3 {main}
ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string
#0 %s(6): str_pad('12', '3', '', 0)
#1 %s(2): {closure}()
#2 %s(6): t(Object(Closure))
#3 {main}
ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0
#0 %s(7): array_fill(0, '-1', 1)
#1 %s(2): {closure}()
#2 %s(7): t(Object(Closure))
#3 {main}
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(8): str_repeat('1', -1)
#1 %s(2): {closure}()
#2 %s(8): t(Object(Closure))
#3 {main}
Exception: x
#0 %s(2): {closure}()
#1 %s(10): t(Object(Closure))
#2 {main}
