--TEST--
soundex
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(soundex("Robert"), soundex("Rupert"), soundex("Tymczak"), soundex("Pfister"), soundex("a"), soundex(""), soundex("123"), soundex("Lloyd"));
?>
--EXPECT--
string(4) "R163"
string(4) "R163"
string(4) "T522"
string(4) "P236"
string(4) "A000"
string(4) "0000"
string(4) "0000"
string(4) "L300"
