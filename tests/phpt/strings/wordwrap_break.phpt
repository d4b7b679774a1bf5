--TEST--
wordwrap with multi-character breaks and errors
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$t = "The quick brown fox sat over the lazy dog";
var_dump(wordwrap($t, 20, "<br />\n"), wordwrap($t, 10, "|", true), wordwrap("A very long woooooooooooord.", 8, "<br>", true));
var_dump(wordwrap("abc<br>def ghi", 3, "<br>"), wordwrap("aaaaaaaaaa", 3, "--", true), wordwrap("a b c d", 1, "--"));
t(fn() => wordwrap("abc", 5, ""));
t(fn() => wordwrap("abc", 0, "\n", true));
?>
--EXPECT--
string(53) "The quick brown fox<br />
sat over the lazy<br />
dog"
string(41) "The quick|brown fox|sat over|the lazy|dog"
string(38) "A very<br>long<br>wooooooo<br>ooooord."
string(17) "abc<br>def<br>ghi"
string(16) "aaa--aaa--aaa--a"
string(10) "a--b--c--d"
ValueError: wordwrap(): Argument #3 ($break) cannot be empty
ValueError: wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0
