--TEST--
str_pad with each pad type and errors
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("ab", 7, "xy"), str_pad("ab", 7, "xy", STR_PAD_BOTH));
var_dump(str_pad("ab", 6, "-", STR_PAD_BOTH), str_pad("abc", 2), str_pad("abc", -5), str_pad("", 3));
var_dump(str_pad("a", 4, "123", STR_PAD_LEFT), str_pad("a", 1, ""));
t(fn() => str_pad("a", 5, ""));
t(fn() => str_pad("a", 5, " ", 3));
t(fn() => str_pad("a", 5, " ", -1));
var_dump(STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH);
?>
--EXPECT--
string(3) "005"
string(7) "abxyxyx"
string(7) "xyabxyx"
string(6) "--ab--"
string(3) "abc"
string(3) "abc"
string(3) "   "
string(4) "123a"
string(1) "a"
ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string
ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH
ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH
int(0)
int(1)
int(2)
