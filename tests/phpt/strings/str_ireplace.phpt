--TEST--
str_ireplace is ASCII case-insensitive
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(str_ireplace("L", "x", "HelLo", $c), $c);
var_dump(str_ireplace(["HELLO", "world"], ["Bye", "All"], "hello WORLD"), str_ireplace("é", "e", "É é"));
var_dump(str_ireplace("ab", "", ["AB", "aB", "x"], $c), $c);
t(fn() => str_ireplace("a", [], "a"));
?>
--EXPECT--
string(5) "Hexxo"
int(2)
string(7) "Bye All"
string(4) "É e"
array(3) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
  [2]=>
  string(1) "x"
}
int(2)
TypeError: str_ireplace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string
