--TEST--
Stack traces of internal calls: __toString conversions, failed conversions, by-reference arguments, callbacks
--FILE--
<?php
class S { function __toString(): string { return "s"; } }
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; } }
t(fn() => str_repeat(new S, -1));
t(fn() => str_repeat(5, "x"));
t(fn() => array_map(function ($x) { throw new Exception("in cb"); }, [1]));
t(fn() => usort($a, 5));
t(fn() => str_pad(1.0, 5, 7));
t(fn() => strpos(123, 2, 10));
echo "done\n";
--EXPECTF--
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(4): str_repeat('s', -1)
#1 %s(3): {closure}()
#2 %s(4): t(Object(Closure))
#3 {main}
TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given
#0 %s(5): str_repeat('5', 'x')
#1 %s(3): {closure}()
#2 %s(5): t(Object(Closure))
#3 {main}
Exception: in cb
#0 [internal function]: {closure}(1)
#1 %s(6): array_map(Object(Closure), Array)
#2 %s(3): {closure}()
#3 %s(6): t(Object(Closure))
#4 {main}
TypeError: usort(): Argument #1 ($array) must be of type array, null given
#0 %s(7): usort(NULL, 5)
#1 %s(3): {closure}()
#2 %s(7): t(Object(Closure))
#3 {main}
ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
#0 %s(9): strpos('123', '2', 10)
#1 %s(3): {closure}()
#2 %s(9): t(Object(Closure))
#3 {main}
done
