--TEST--
Native calls in traces: arguments as passed (converted strings and numbers converted, defaults left out), wrong counts, callbacks, socket calls
--FILE--
<?php
// Native calls in traces show the arguments as passed: converted strings converted, other
// conversions as passed, defaults left out, every passed argument on a wrong count, and
// by-reference arguments as they are when the trace is taken.
function show(Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
try { str_repeat(12, '-3'); } catch (ValueError $e) { show($e); }
try { str_repeat(5, []); } catch (TypeError $e) { show($e); }
try { array_fill(0, '-1', 1.5); } catch (ValueError $e) { show($e); }
try { explode('', 'a,b'); } catch (ValueError $e) { show($e); }
try { str_repeat('x'); } catch (ArgumentCountError $e) { show($e); }
try { strtoupper('a', 'b', 3); } catch (ArgumentCountError $e) { show($e); }
try { array_merge([1], 2, [3]); } catch (TypeError $e) { show($e); }
try { round('2.5', '-x'); } catch (TypeError $e) { show($e); }
try { str_pad(7, 3.0, 0, 9); } catch (ValueError $e) { show($e); }
// A callback throws while its native caller runs: the caller shows its arguments, also
// after the callback made many native calls of its own.
try {
    array_map(function ($v) {
        for ($i = 0; $i < 50; $i++) {
            $t = str_pad((string) $i, 4, '0', STR_PAD_LEFT) . substr('abc', 1);
        }
        throw new RuntimeException("in callback $v $t");
    }, [10, 20], ['x']);
} catch (RuntimeException $e) { show($e); }
// By-reference: the value at the time of the trace.
$arr = [3, 1];
try {
    usort($arr, function ($a, $b) use (&$arr) {
        $arr = 'changed';
        throw new LogicException('stop');
    });
} catch (LogicException $e) { show($e); }
// debug_backtrace() from a callback: arguments of the native call, no defaults.
$data = [1];
array_walk($data, function ($v, $k) {
    foreach (debug_backtrace() as $i => $f) {
        echo $i, ' ', $f['function'], ' ', json_encode($f['args'] ?? null), "\n";
    }
});
usort($data, 'strcmp');
var_dump(call_user_func('str_pad', 5, 3, '*'));
// A warning handler sees the native call with its converted arguments.
set_error_handler(function ($no, $msg) {
    echo $msg, "\n";
    $t = debug_backtrace();
    echo $t[1]['function'], ' ', var_export($t[1]['args'], true), "\n";
    return true;
});
var_dump(array_chunk([1, 2], 1, 0), hex2bin(123));
restore_error_handler();
// The same call site many times with good and bad arguments.
foreach ([3, '4', 'x', 5.0, null] as $n) {
    try {
        echo str_repeat('-', $n), "|\n";
    } catch (TypeError $e) { show($e); }
}
// Socket calls: converted arguments in traces, and the calls still work afterwards.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
try { socket_read($pair[0], '0'); } catch (ValueError $e) { show($e); }
try { socket_write($pair[0], 12345, -1); } catch (ValueError $e) { show($e); }
var_dump(socket_write($pair[0], 12345, '3'), socket_read($pair[1], 10.0));
$r = [$pair[1]];
$w = $e = null;
var_dump(socket_write($pair[0], 'xyz'), socket_select($r, $w, $e, '1'), socket_read($pair[1], 8192));
try { socket_select($r, $w, $e, 'soon'); } catch (TypeError $e) { show($e); }
--EXPECTF--
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(8): str_repeat('12', '-3')
#1 {main}
TypeError: str_repeat(): Argument #2 ($times) must be of type int, array given
#0 %s(9): str_repeat('5', Array)
#1 {main}
ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0
#0 %s(10): array_fill(0, '-1', 1.5)
#1 {main}
ValueError: explode(): Argument #1 ($separator) cannot be empty
#0 %s(11): explode('', 'a,b')
#1 {main}
ArgumentCountError: str_repeat() expects exactly 2 arguments, 1 given
#0 %s(12): str_repeat('x')
#1 {main}
ArgumentCountError: strtoupper() expects exactly 1 argument, 3 given
#0 %s(13): strtoupper('a', 'b', 3)
#1 {main}
TypeError: array_merge(): Argument #2 must be of type array, int given
#0 %s(14): array_merge(Array, 2, Array)
#1 {main}
TypeError: round(): Argument #2 ($precision) must be of type int, string given
#0 %s(15): round(2.5, '-x')
#1 {main}
ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH
#0 %s(16): str_pad('7', 3.0, '0', 9)
#1 {main}
RuntimeException: in callback 10 0049bc
#0 [internal function]: {closure}(10, 'x')
#1 %s(20): array_map(Object(Closure), Array, Array)
#2 {main}
LogicException: stop
#0 [internal function]: {closure}(3, 1)
#1 %s(30): usort('changed', Object(Closure))
#2 {main}
0 {closure} [1,0]
1 array_walk [[1],{}]
string(3) "5**"
hex2bin(): Hexadecimal input string must have an even length
hex2bin array (
  0 => '123',
)
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
}
bool(false)
---|
----|
TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given
#0 %s(56): str_repeat('-', 'x')
#1 {main}
-----|

Deprecated: str_repeat(): Passing null to parameter #2 ($times) of type int is deprecated in %s on line 56
|
ValueError: socket_write(): Argument #3 ($length) must be greater than or equal to 0
#0 %s(62): socket_write(Object(Socket), '12345', -1)
#1 {main}
int(3)
string(3) "123"
int(3)
int(1)
string(3) "xyz"
TypeError: socket_select(): Argument #4 ($seconds) must be of type ?int, string given
#0 %s(67): socket_select(Array, NULL, NULL, 'soon')
#1 {main}
