--TEST--
substr with negative offsets and lengths
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = "abcdef";
var_dump(substr($s, -1), substr($s, -2), substr($s, -3, 1), substr($s, -6), substr($s, -7), substr($s, -100, 2));
var_dump(substr($s, 0, -1), substr($s, 2, -1), substr($s, 4, -4), substr($s, -3, -1), substr($s, 1, -10));
var_dump(substr($s, PHP_INT_MIN), substr($s, 0, PHP_INT_MIN), substr($s, PHP_INT_MAX));
t(fn() => substr($s, "x"));
?>
--EXPECT--
string(1) "f"
string(2) "ef"
string(1) "d"
string(6) "abcdef"
string(6) "abcdef"
string(2) "ab"
string(5) "abcde"
string(3) "cde"
string(0) ""
string(2) "de"
string(0) ""
string(6) "abcdef"
string(0) ""
string(0) ""
TypeError: substr(): Argument #2 ($offset) must be of type int, string given
