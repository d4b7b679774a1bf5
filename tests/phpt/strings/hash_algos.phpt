--TEST--
hash_algos and hash_hmac_algos include the common algorithms
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
function has(array $a, string $x): bool { foreach ($a as $v) { if ($v === $x) { return true; } } return false; }
$a = hash_algos();
foreach (["md5", "sha1", "sha256", "sha512", "crc32b", "fnv1a64"] as $x) { var_dump(has($a, $x)); }
$h = hash_hmac_algos();
var_dump(has($h, "sha256"), has($h, "crc32b"), has($h, "adler32"));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
