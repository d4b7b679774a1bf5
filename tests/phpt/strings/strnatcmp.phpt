--TEST--
strnatcmp and strnatcasecmp
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strnatcmp("img12.png", "img10.png"), strnatcmp("img2", "img10"), strnatcmp("a", "a"), strnatcmp("", "a"), strnatcmp("a", ""));
var_dump(strnatcmp("x01", "x1"), strnatcmp("x1", "x01"), strnatcmp("1.5", "1.10"), strnatcmp("0.5", "0.10"), strnatcmp("  a", "a"));
var_dump(strnatcmp("abc", "ABC"), strnatcasecmp("abc", "ABC"), strnatcasecmp("IMG12", "img10"), strnatcmp("a 1", "a  1"), strnatcmp("007", "7"));
var_dump(strnatcmp("a5b", "a5c"), strnatcmp("123", "1234"), strnatcmp("99", "100"), strnatcmp("x9y", "x10"), strnatcmp("00", "0"));
?>
--EXPECT--
int(1)
int(-1)
int(0)
int(-1)
int(1)
int(-1)
int(1)
int(-1)
int(-1)
int(0)
int(1)
int(0)
int(1)
int(0)
int(0)
int(-1)
int(-1)
int(-1)
int(-1)
int(0)
