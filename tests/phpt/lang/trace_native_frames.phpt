--TEST--
Stack traces show native functions and the callbacks they call as PHP does
--FILE--
<?php
function show(Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
function cmp($a, $b) { if ($a == 3) throw new Exception("cmp"); return $a <=> $b; }
try { call_user_func('cmp', 3, 1); } catch (Exception $e) { show($e); }
try { call_user_func_array(fn($x) => cmp($x, 1), [3]); } catch (Exception $e) { show($e); }
try { str_repeat('x', -1); } catch (ValueError $e) { show($e); }
function wrap($n) { return str_repeat('ab', $n); }
try { wrap(-2); } catch (ValueError $e) { show($e); }
try { strlen(); } catch (ArgumentCountError $e) { show($e); }
try { strlen([]); } catch (TypeError $e) { show($e); }
try { count(5); } catch (TypeError $e) { show($e); }
try { str_pad('x', 5, ''); } catch (ValueError $e) { show($e); }
try {
    array_map(function ($v) { return array_filter([$v], fn($x) => throw new LogicException("inner $x")); }, [7]);
} catch (LogicException $e) {
    show($e);
    print_r($e->getTrace()[0]);
    print_r(array_keys($e->getTrace()[1]));
}
class K { function m($x) { throw new Exception("m$x"); } static function s($x) { throw new Exception("s$x"); } }
try { array_map([new K, 'm'], [1]); } catch (Exception $e) { show($e); }
$arr = [4];
try { array_walk($arr, 'K::s'); } catch (Exception $e) { show($e); }
try { usort($arr, fn($a, $b) => 0); array_reduce([1, 2], fn($c, $i) => throw new Exception("reduce $c $i"), 'init'); } catch (Exception $e) { show($e); }
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
try { $r = hex2bin('abc'); } catch (ErrorException $e) { show($e); }
restore_error_handler();
try { json_decode('{', false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { show($e); }
try { (function() { yield 1; throw new Exception("gen"); })()->next(); } catch (Exception $e) { show($e); }
$g = (function() { yield 1; throw new Exception("gen2"); })();
try { foreach ($g as $v) {} } catch (Exception $e) { show($e); }
try { iterator_to_array((function() { yield 1; throw new Exception("gen3"); })()); } catch (Exception $e) { show($e); }
function outer() { return preg_replace_callback('/a/', function ($m) { throw new RuntimeException("cb"); }, 'xa'); }
try { outer(); } catch (RuntimeException $e) { show($e); }
$f = function() { throw new Exception("direct"); };
array_map($f, [1, 2]);
?>
--EXPECTF--
Exception: cmp
#0 %s(4): cmp(3, 1)
#1 {main}
Exception: cmp
#0 %s(5): cmp(3, 1)
#1 %s(5): {closure}(3)
#2 {main}
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(6): str_repeat('x', -1)
#1 {main}
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(7): str_repeat('ab', -2)
#1 %s(8): wrap(-2)
#2 {main}
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
#0 %s(9): strlen()
#1 {main}
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
#0 {main}
TypeError: count(): Argument #1 ($value) must be of type Countable|array, int given
#0 {main}
ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string
#0 %s(12): str_pad('x', 5, '')
#1 {main}
LogicException: inner 7
#0 [internal function]: {closure}(7)
#1 %s(14): array_filter(Array, Object(Closure))
#2 [internal function]: {closure}(7)
#3 %s(14): array_map(Object(Closure), Array)
#4 {main}
Array
(
    [function] => {closure}
    [args] => Array
        (
            [0] => 7
        )

)
Array
(
    [0] => file
    [1] => line
    [2] => function
    [3] => args
)
Exception: m1
#0 [internal function]: K->m(1)
#1 %s(21): array_map(Array, Array)
#2 {main}
Exception: s4
#0 [internal function]: K::s(4, 0)
#1 %s(23): array_walk(Array, 'K::s')
#2 {main}
Exception: reduce init 1
#0 [internal function]: {closure}('init', 1)
#1 %s(24): array_reduce(Array, Object(Closure), 'init')
#2 {main}
ErrorException: hex2bin(): Hexadecimal input string must have an even length
#0 [internal function]: {closure}(2, 'hex2bin(): Hexa...', '/tmp/phpsock-ph...', 26)
#1 %s(26): hex2bin('abc')
#2 {main}
JsonException: Syntax error
#0 %s(28): json_decode('{', false, 512, 4194304)
#1 {main}
Exception: gen
#0 [internal function]: {closure}()
#1 %s(29): Generator->next()
#2 {main}
Exception: gen2
#0 %s(31): {closure}()
#1 {main}
Exception: gen3
#0 [internal function]: {closure}()
#1 %s(32): iterator_to_array(Object(Generator))
#2 {main}
RuntimeException: cb
#0 [internal function]: {closure}(Array)
#1 %s(33): preg_replace_callback('/a/', Object(Closure), 'xa')
#2 %s(34): outer()
#3 {main}

Fatal error: Uncaught Exception: direct in %s:35
Stack trace:
#0 [internal function]: {closure}(1)
#1 %s(36): array_map(Object(Closure), Array)
#2 {main}
  thrown in %s on line 35
--EXITCODE--
255
