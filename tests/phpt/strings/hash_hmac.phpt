--TEST--
hash_hmac
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(hash_hmac("sha256", "The quick brown fox jumps over the lazy dog", "key"), hash_hmac("md5", "data", ""), hash_hmac("sha1", "", "k"));
var_dump(hash_hmac("sha512", "msg", str_repeat("k", 200)), bin2hex(hash_hmac("sha256", "a", "b", true)), hash_hmac("SHA384", "x", "y"));
t(fn() => hash_hmac("crc32b", "x", "y"));
t(fn() => hash_hmac("bogus", "x", "y"));
?>
--EXPECT--
string(64) "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
string(32) "344346cf52ef5785bf80070a43035426"
string(40) "3a84a218ee6665209bb70e84525dd837645a1965"
string(128) "b5245971beb52a5a986812c4666a05c735bf5bb7aba32eae2192adad605df4112d6c285d1c46cf81ccb7ab8c2c3b7b3c6793216909b5add05223ed21f24cdb1e"
string(64) "cb448b440c42ac8ad084fc8a8795c98f5b7802359c305eabd57ecdb20e248896"
string(96) "086f5100688204c0c047b1ef240022e980df701db8773fd8b2ea64debae2d2be81a7aba6106f747bcf08b12f19e296dc"
ValueError: hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
ValueError: hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
