--TEST--
sprintf: d, s, u, c, %% and positional arguments
--FILE--
<?php
var_dump(sprintf("%d|%s|%u|%c|%%", 42, "str", -1, 65));
var_dump(sprintf('%2$s %1$s %s %s', 'a', 'b'));
var_dump(sprintf("%d %d", "12abc", 3.99), sprintf("%s", true), sprintf("%s|%s", null, false));
var_dump(sprintf("%d", "1e3"), sprintf("%s", 1.0), sprintf("%s", 0.1 + 0.2), sprintf("%s", -0.0));
var_dump(sprintf("no conversions"), sprintf(""));
--EXPECT--
string(31) "42|str|18446744073709551615|A|%"
string(7) "b a a b"
string(4) "12 3"
string(1) "1"
string(1) "|"
string(4) "1000"
string(1) "1"
string(3) "0.3"
string(2) "-0"
string(14) "no conversions"
string(0) ""
