--TEST--
string functions coerce scalars and reject other types
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strtoupper(1.5), str_repeat(1, 2), trim(10), strrev(true), ucfirst(null ?? "n"));
t(fn() => strtoupper([]));
t(fn() => trim("a", []));
t(fn() => str_pad("a", "x"));
t(fn() => explode(",", null));
t(fn() => strtolower(new stdClass));
?>
--EXPECTF--
string(3) "1.5"
string(2) "11"
string(2) "10"
string(1) "1"
string(1) "N"
TypeError: strtoupper(): Argument #1 ($string) must be of type string, array given
TypeError: trim(): Argument #2 ($characters) must be of type string, array given
TypeError: str_pad(): Argument #2 ($length) must be of type int, string given

Deprecated: explode(): Passing null to parameter #2 ($string) of type string is deprecated in %s on line 9
array(1) {
  [0]=>
  string(0) ""
}
TypeError: strtolower(): Argument #1 ($string) must be of type string, stdClass given
