--TEST--
wordwrap single-character breaks
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$t = "The quick brown fox sat over the lazy dog";
var_dump(wordwrap($t, 15), wordwrap($t, 15, "\n", true), wordwrap("A very long woooooooooooord.", 8), wordwrap("A very long woooooooooooord.", 8, "\n", true));
var_dump(wordwrap("short", 10), wordwrap("", 5), wordwrap("abc def", 0), wordwrap("abc def", -1), wordwrap("a\nbcdef ghi", 3));
?>
--EXPECT--
string(41) "The quick brown
fox sat over
the lazy dog"
string(41) "The quick brown
fox sat over
the lazy dog"
string(28) "A very
long
woooooooooooord."
string(29) "A very
long
wooooooo
ooooord."
string(5) "short"
string(0) ""
string(7) "abc
def"
string(7) "abc
def"
string(11) "a
bcdef
ghi"
