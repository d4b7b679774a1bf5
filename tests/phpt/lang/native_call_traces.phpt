--TEST--
Native calls in stack traces: arguments, defaults, nesting in callbacks, by-reference arguments
--FILE--
<?php
// Native calls show in traces with their arguments, also when nested in callbacks, after
// defaults were filled in, with by-reference arguments, and across many calls in a row.
function show(Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
try { str_repeat('ab', -1); } catch (ValueError $e) { show($e); }
$a = [3, 1, 2];
try {
    usort($a, function ($x, $y) {
        return str_repeat('x', $x - 4) <=> $y;
    });
} catch (ValueError $e) { show($e); }
try {
    array_map(function ($v) { return array_map('intdiv', [$v], [0]); }, [7, 8]);
} catch (DivisionByZeroError $e) { show($e); }
// by-reference arguments show their value at the time of the trace
$m = null;
set_error_handler(function ($no, $msg) use (&$m) {
    debug_print_backtrace();
    return true;
});
preg_match('/(/', 'subject', $m);
restore_error_handler();
// Many calls, then one that throws: the trace has only its own frame.
for ($i = 0; $i < 100; $i++) {
    $s = substr(str_repeat('z', $i), 1, 3) . strtoupper('q') . implode(',', [$i]);
}
var_dump($s);
try { array_fill(0, -1, $s); } catch (ValueError $e) { show($e); }
function inner($x) { return array_combine([1, 2], [$x]); }
try { inner(array_sum([1, 2])); } catch (ValueError $e) { show($e); }
--EXPECTF--
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(7): str_repeat('ab', -1)
#1 {main}
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(11): str_repeat('x', -1)
#1 [internal function]: {closure}(3, 1)
#2 %s(10): usort(Array, Object(Closure))
#3 {main}
DivisionByZeroError: Division by zero
#0 [internal function]: intdiv(7, 0)
#1 %s(15): array_map('intdiv', Array, Array)
#2 [internal function]: {closure}(7)
#3 %s(15): array_map(Object(Closure), Array)
#4 {main}
#0 [internal function]: {closure}(2, 'preg_match(): C...', '%s', 23)
#1 %s(23): preg_match('/(/', 'subject', NULL)
string(6) "zzzQ99"
ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0
#0 %s(30): array_fill(0, -1, 'zzzQ99')
#1 {main}
ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
#0 %s(31): array_combine(Array, Array)
#1 %s(32): inner(3)
#2 {main}
