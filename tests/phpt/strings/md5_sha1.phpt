--TEST--
md5 and sha1 in hex and raw form
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(md5(""), md5("The quick brown fox jumps over the lazy dog"), sha1(""), sha1("abc"));
var_dump(strlen(md5("x", true)), bin2hex(md5("x", true)), strlen(sha1("x", true)), bin2hex(sha1("x", true)));
var_dump(md5(123), sha1("\0"));
?>
--EXPECT--
string(32) "d41d8cd98f00b204e9800998ecf8427e"
string(32) "9e107d9d372bb6826bd81d3542a419d6"
string(40) "da39a3ee5e6b4b0d3255bfef95601890afd80709"
string(40) "a9993e364706816aba3e25717850c26c9cd0d89d"
int(16)
string(32) "9dd4e461268c8034f5c8564e155c67a6"
int(20)
string(40) "11f6ad8ec52a2984abaafd7c3b516503785c2072"
string(32) "202cb962ac59075b964b07152d234b70"
string(40) "5ba93c9db0cff93f52b521d7420e43f6eda2784f"
