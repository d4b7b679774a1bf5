--TEST--
forward_static_call needs a class scope (the _array form does not) and passes on late static binding; fnmatch null bytes; iterator_apply over generators; getdate/localtime in a zone with DST
--FILE--
<?php
try { forward_static_call('strlen', 'x'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function outside() { return forward_static_call_array('strtoupper', ['y']); }
try { var_dump(outside()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class P { static function make() { return static::class; } }
class Q extends P { static function go() { return [forward_static_call('P::make'), forward_static_call([new P, 'make']), forward_static_call(fn() => static::class), forward_static_call('strrev', 'abc')]; } }
print_r(Q::go());
class R { static function go() { return forward_static_call(['P', 'make']); } }
var_dump(R::go());
try { fnmatch("a\0b", "a"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fnmatch("a", "a\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(iterator_apply(new ArrayIterator([]), 'strlen'));
try { iterator_apply(new ArrayIterator([1]), 'strlen'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function gen() { yield 1; yield 2; yield 3; }
var_dump(iterator_apply(gen(), fn() => true));
var_dump(getdate(0)['weekday'], localtime(-1, true)['tm_year']);
date_default_timezone_set('Europe/Paris');
var_dump(getdate(1700000000)['hours'], localtime(1690000000, true)['tm_isdst']);
--EXPECT--
Error: Cannot call forward_static_call() when no class scope is active
string(1) "Y"
Array
(
    [0] => Q
    [1] => Q
    [2] => Q
    [3] => cba
)
string(1) "P"
fnmatch(): Argument #1 ($pattern) must not contain any null bytes
fnmatch(): Argument #2 ($filename) must not contain any null bytes
int(0)
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
int(3)
string(8) "Thursday"
int(69)
int(23)
int(1)
