--TEST--
strpbrk
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strpbrk("This is a test", "st"), strpbrk("abc", "x"), strpbrk("", "a"), strpbrk("a.b", "."));
t(fn() => strpbrk("abc", ""));
?>
--EXPECT--
string(11) "s is a test"
bool(false)
bool(false)
string(2) ".b"
ValueError: strpbrk(): Argument #2 ($characters) must be a non-empty string
