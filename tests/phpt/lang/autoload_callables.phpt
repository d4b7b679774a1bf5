--TEST--
Callables naming an undeclared class autoload it (call_user_func, is_callable, array_map, $f(), fromCallable, callable parameters)
--FILE--
<?php
// Callables naming a class that is not declared yet autoload it, once per check.
spl_autoload_register(function ($c) {
    echo "load $c\n";
    if ($c === 'A') {
        eval('class A { static function m($x) { return "A::m($x)"; } function i() { return "i"; } }');
    } elseif ($c === 'Boom') {
        throw new Exception("cannot load $c");
    }
});
echo call_user_func('A::m', 1), "\n";
echo call_user_func_array(['A', 'm'], [2]), "\n";
var_dump(is_callable('Nope::m'));
var_dump(is_callable(['Nope2', 'm']));
var_dump(is_callable('plain_function_name'));
echo implode(",", array_map('A::m', [3, 4])), "\n";
$f = 'A::m';
echo $f(5), "\n";
$g = Closure::fromCallable(['A', 'm']);
echo $g(6), "\n";
function take(callable $c) { return $c(7); }
echo take('A::m'), "\n";
try { call_user_func('Missing::m'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { take('Missing2::m'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map('Boom::m', [1]); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(is_callable('Boom::x')); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $h = 'Boom::y'; $h(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
load A
A::m(1)
A::m(2)
load Nope
bool(false)
load Nope2
bool(false)
bool(false)
A::m(3),A::m(4)
A::m(5)
A::m(6)
A::m(7)
load Missing
call_user_func(): Argument #1 ($callback) must be a valid callback, class "Missing" not found
load Missing2
take(): Argument #1 ($c) must be of type callable, string given, called in %s on line 24
load Boom
Exception: cannot load Boom
load Boom
Exception: cannot load Boom
load Boom
Exception: cannot load Boom
