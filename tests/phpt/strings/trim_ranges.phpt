--TEST--
trim character lists with ranges and their warnings
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(trim("abcHELLOxyz", "a..z"), trim("123abc456", "0..9"), ltrim("\x01\x02ok", "\x00..\x1F"));
var_dump(trim("..a..", ".."));
var_dump(trim("abc", "..b"));
var_dump(trim("abc", "a.."));
var_dump(trim("zabcz", "z..a"));
var_dump(trim("a-b", "a..b..c"));
var_dump(trim("...x...", "."), trim("a.b", "a.b"));
?>
--EXPECTF--
string(5) "HELLO"
string(3) "abc"
string(2) "ok"

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line 6
string(1) "a"

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line 7
string(3) "abc"

Warning: trim(): Invalid '..'-range, no character to the right of '..' in %s on line 8
string(2) "bc"

Warning: trim(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line 9
string(2) "bc"

Warning: trim(): Invalid '..'-range in %s on line 10
string(1) "-"
string(1) "x"
string(0) ""
