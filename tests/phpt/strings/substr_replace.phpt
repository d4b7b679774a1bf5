--TEST--
substr_replace on strings
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = "Hello World";
var_dump(substr_replace($s, "PHP", 6), substr_replace($s, "PHP", 6, 0), substr_replace($s, "PHP", -5, 2), substr_replace($s, "", 0, 6));
var_dump(substr_replace($s, "X", 100), substr_replace($s, "X", -100, 1), substr_replace($s, "X", 2, -2), substr_replace($s, "X", 2, -100));
var_dump(substr_replace($s, ["A", "B"], 0, 1), substr_replace($s, [], 0, 1), substr_replace("", "X", 0), substr_replace($s, "X", 3, null));
t(fn() => substr_replace($s, "X", [1]));
t(fn() => substr_replace($s, "X", 1, [1]));
?>
--EXPECT--
string(9) "Hello PHP"
string(14) "Hello PHPWorld"
string(12) "Hello PHPrld"
string(5) "World"
string(12) "Hello WorldX"
string(11) "Xello World"
string(5) "HeXld"
string(12) "HeXllo World"
string(11) "Aello World"
string(10) "ello World"
string(1) "X"
string(4) "HelX"
TypeError: substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string
TypeError: substr_replace(): Argument #4 ($length) cannot be an array when working on a single string
