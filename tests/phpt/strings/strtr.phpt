--TEST--
strtr with character maps and replacement pairs
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strtr("Hi all", "ai", "eo"), strtr("abc", "ab", "x"), strtr("abc", "", "x"), strtr("abc", "abc", ""));
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "Hello" => "x"]));
var_dump(strtr("abc", ["a" => "b", "b" => "a"]), strtr("aaa", ["a" => "b", "aa" => "c"]), strtr("abc", []));
var_dump(strtr("1 2 3", [1 => "one", 2 => "two"]), strtr("abc", ["abcd" => "x", "c" => "C"]), strtr("abc", ["a" => 1, "b" => true, "c" => null]));
var_dump(strtr("abc", ["" => "x"]));
var_dump(strtr("abc", ["" => "x", "b" => "B"]));
t(fn() => strtr("abc", "ab"));
t(fn() => strtr("abc", ["a" => "b"], "c"));
?>
--EXPECTF--
string(6) "Ho ell"
string(3) "xbc"
string(3) "abc"
string(3) "abc"
string(20) "Hello all, I said hi"
string(3) "bac"
string(2) "cb"
string(3) "abc"
string(9) "one two 3"
string(3) "abC"
string(2) "11"

Warning: strtr(): Ignoring replacement of empty string in %s on line 9
string(3) "abc"

Warning: strtr(): Ignoring replacement of empty string in %s on line 10
string(3) "aBc"
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
TypeError: strtr(): Argument #2 ($from) must be of type string, array given
