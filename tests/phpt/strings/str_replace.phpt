--TEST--
str_replace with strings, arrays and the count
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(str_replace("l", "L", "hello", $c), $c);
var_dump(str_replace(["a", "b"], ["b", "c"], "ab", $c), $c);
var_dump(str_replace(["a", "b", "c"], ["1"], "abcabc"), str_replace(["a", "b"], "-", "xaybz"));
var_dump(str_replace("", "x", "abc"), str_replace("abc", "", "abc"), str_replace("a", "b", ""));
var_dump(str_replace("o", "0", ["k1" => "foo", 5 => "bar", "n" => 12, "arr" => [1]], $c), $c);
t(fn() => str_replace("a", ["b"], "abc"));
var_dump(str_replace([1, 2], [3, 4], 1212));
var_dump(str_replace(["a", "aa"], ["aa", "b"], "a"));
?>
--EXPECTF--
string(5) "heLLo"
int(2)
string(2) "cc"
int(3)
string(2) "11"
string(5) "x-y-z"
string(3) "abc"
string(0) ""
string(0) ""

Warning: Array to string conversion in %s on line 9
array(4) {
  ["k1"]=>
  string(3) "f00"
  [5]=>
  string(3) "bar"
  ["n"]=>
  string(2) "12"
  ["arr"]=>
  string(5) "Array"
}
int(2)
TypeError: str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string
string(4) "3434"
string(1) "b"
