--TEST--
implode and join: argument forms and conversions
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(implode(",", ["a", "b", "c"]), implode(["x", "y"]), join("-", [1, 2.5, true, false, null]), implode(", ", []));
var_dump(implode("|", ["k" => "v", 3 => "w"]), implode(0, [1, 2]), implode("", ["a", "b"]));
class S { function __toString(): string { return "S!"; } }
var_dump(implode("+", [new S, 1.0, -0.0, 1e20]));
var_dump(implode(",", [[1], 2]));
t(fn() => implode("x"));
t(fn() => implode(["a"], ","));
t(fn() => implode(",", "a"));
t(fn() => implode([1], [2]));
t(fn() => implode(",", [new stdClass]));
?>
--EXPECTF--
string(5) "a,b,c"
string(2) "xy"
string(9) "1-2.5-1--"
string(0) ""
string(3) "v|w"
string(3) "102"
string(2) "ab"
string(15) "S!+1+-0+1.0E+20"

Warning: Array to string conversion in %s on line 9
string(7) "Array,2"
TypeError: implode(): Argument #1 ($array) must be of type array, string given
TypeError: implode(): Argument #2 ($array) must be of type ?array, string given
TypeError: implode(): Argument #2 ($array) must be of type ?array, string given
TypeError: implode(): Argument #1 ($separator) must be of type string, array given
Error: Object of class stdClass could not be converted to string
