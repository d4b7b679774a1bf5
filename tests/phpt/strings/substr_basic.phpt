--TEST--
substr with positive offsets and lengths
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = "Hello, world";
var_dump(substr($s, 0), substr($s, 7), substr($s, 0, 5), substr($s, 7, 100));
var_dump(substr($s, 12), substr($s, 13), substr($s, 100), substr("", 0), substr("", 0, 1));
var_dump(substr($s, 3, 0), substr($s, 3, null));
?>
--EXPECT--
string(12) "Hello, world"
string(5) "world"
string(5) "Hello"
string(5) "world"
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(9) "lo, world"
