--TEST--
chunk_split
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(chunk_split("abcdefg", 3), chunk_split("abcdef", 2, "|"), chunk_split("abc", 10, "-"), chunk_split("", 2, "x"));
var_dump(chunk_split(str_repeat("x", 80)));
t(fn() => chunk_split("abc", 0));
?>
--EXPECT--
string(13) "abc
def
g
"
string(9) "ab|cd|ef|"
string(4) "abc-"
string(1) "x"
string(84) "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
xxxx
"
ValueError: chunk_split(): Argument #2 ($length) must be greater than 0
