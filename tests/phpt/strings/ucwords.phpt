--TEST--
ucwords with default and custom delimiters
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(ucwords("hello world"), ucwords("hello_world-foo bar", "_-"), ucwords("HELLO"), ucwords(""), ucwords("a\tb\nc\rd\fe\vf"));
var_dump(ucwords("hello|world", "|"), ucwords("a..b c", ""), ucwords("x-y z", "-"));
var_dump(ucwords("abc-def ghi", "a..z"));
?>
--EXPECT--
string(11) "Hello World"
string(19) "Hello_World-Foo bar"
string(5) "HELLO"
string(0) ""
string(11) "A	B
CDEF"
string(11) "Hello|World"
string(6) "A..b c"
string(5) "X-Y z"
string(11) "AbC-dEf gHi"
