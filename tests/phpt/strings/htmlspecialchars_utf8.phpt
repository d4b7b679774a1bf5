--TEST--
htmlspecialchars with invalid UTF-8
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(bin2hex(htmlspecialchars("a\xffb")), htmlspecialchars("a\xffb", ENT_QUOTES), htmlspecialchars("a\xffb<", ENT_IGNORE));
var_dump(bin2hex(htmlspecialchars("\xc3\x28 \xe2\x82 \xf0\x90\x80 ok")), htmlspecialchars("é ü ✓ 😀"));
var_dump(htmlspecialchars("x\xe0\x80\x80y", ENT_QUOTES | ENT_IGNORE), bin2hex(htmlspecialchars("\xed\xa0\x80")));
t(fn() => htmlspecialchars("a", ENT_QUOTES, "nope"));
var_dump(htmlspecialchars("\xe9<", ENT_QUOTES, "ISO-8859-1"));
?>
--EXPECTF--
string(10) "61efbfbd62"
string(0) ""
string(6) "ab&lt;"
string(30) "efbfbd2820efbfbd20efbfbd206f6b"
string(14) "é ü ✓ 😀"
string(2) "xy"
string(6) "efbfbd"

Warning: htmlspecialchars(): Charset "nope" is not supported, assuming UTF-8 in %s on line 8
string(1) "a"
string(5) "�&lt;"
