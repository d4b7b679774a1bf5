--TEST--
urlencode, rawurlencode, urldecode, rawurldecode
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = "a b&c=d/e?f~g.h_i-j+k%l\xff";
var_dump(urlencode($s), rawurlencode($s), urldecode(urlencode($s)) === $s, rawurldecode(rawurlencode($s)) === $s);
var_dump(urldecode("a+b%20c%2x%zz%4"), rawurldecode("a+b%20c%"), urldecode("%41%42%e9"), urlencode(""), rawurlencode("Ã©"));
?>
--EXPECT--
string(40) "a+b%26c%3Dd%2Fe%3Ff%7Eg.h_i-j%2Bk%25l%FF"
string(40) "a%20b%26c%3Dd%2Fe%3Ff~g.h_i-j%2Bk%25l%FF"
bool(true)
bool(true)
string(13) "a b c%2x%zz%4"
string(6) "a+b c%"
string(3) "ABé"
string(0) ""
string(6) "%C3%A9"
