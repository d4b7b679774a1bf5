--TEST--
fprintf and vfprintf write to a stream and return the length
--SKIPIF--
<?php if (!function_exists('fwrite') || !defined('STDOUT')) echo 'skip needs streams';
--FILE--
<?php
$n = fprintf(STDOUT, "%s-%05.1f\n", "out", 3.14159);
var_dump($n);
$n = vfprintf(STDOUT, "%2\$s %1\$s\n", ["a", "b"]);
var_dump($n);
try { fprintf(STDOUT, "%d %d\n", 1); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
out-003.1
int(10)
b a
int(4)
ArgumentCountError: 4 arguments are required, 3 given
