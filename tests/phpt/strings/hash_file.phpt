--TEST--
md5_file, sha1_file and hash_file on this script and on missing files
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(strlen(md5_file(__FILE__)), strlen(sha1_file(__FILE__, true)), hash_file("crc32b", __FILE__) === hash("crc32b", "x"));
var_dump(md5_file(__DIR__ . "/does-not-exist.txt"));
var_dump(sha1_file(__DIR__ . "/does-not-exist.txt"));
var_dump(hash_file("sha256", __DIR__ . "/does-not-exist.txt"));
t(fn() => hash_file("nope", __FILE__));
t(fn() => md5_file(""));
t(fn() => md5_file("a\0b"));
?>
--EXPECTF--
int(32)
int(20)
bool(false)

Warning: md5_file(%s/does-not-exist.txt): Failed to open stream: No such file or directory in %s on line 6
bool(false)

Warning: sha1_file(%s/does-not-exist.txt): Failed to open stream: No such file or directory in %s on line 7
bool(false)

Warning: hash_file(%s/does-not-exist.txt): Failed to open stream: No such file or directory in %s on line 8
bool(false)
ValueError: hash_file(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: Path cannot be empty
ValueError: md5_file(): Argument #1 ($filename) must not contain any null bytes
