--TEST--
Incremental hashing with hash_init, hash_update, hash_copy and hash_final
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$ctx = hash_init("sha256");
var_dump($ctx instanceof HashContext, hash_update($ctx, "The quick "), hash_update($ctx, "brown fox"));
$copy = hash_copy($ctx);
hash_update($copy, "!");
var_dump(hash_final($ctx) === hash("sha256", "The quick brown fox"), hash_final($copy) === hash("sha256", "The quick brown fox!"));
t(fn() => hash_update($ctx, "more"));
t(fn() => hash_final($ctx));
t(fn() => hash_copy($ctx));
$h = hash_init("md5", HASH_HMAC, "secret");
hash_update($h, "da");
hash_update($h, "ta");
var_dump(hash_final($h) === hash_hmac("md5", "data", "secret"));
$c = hash_init("crc32b");
hash_update($c, "abc");
$d = clone $c;
hash_update($d, "def");
var_dump(bin2hex(hash_final($c, true)), hash_final($d), hash_final(hash_init("sha1")));
t(fn() => hash_init("nope"));
t(fn() => hash_init("crc32b", HASH_HMAC, "k"));
t(fn() => hash_init("sha1", HASH_HMAC));
t(fn() => hash_update("x", "y"));
var_dump(HASH_HMAC);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
TypeError: hash_update(): Argument #1 ($context) must be a valid, non-finalized HashContext
TypeError: hash_final(): Argument #1 ($context) must be a valid, non-finalized HashContext
TypeError: hash_copy(): Argument #1 ($context) must be a valid, non-finalized HashContext
bool(true)
string(8) "352441c2"
string(8) "4b8e39ef"
string(40) "da39a3ee5e6b4b0d3255bfef95601890afd80709"
ValueError: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
TypeError: hash_update(): Argument #1 ($context) must be of type HashContext, string given
int(1)
