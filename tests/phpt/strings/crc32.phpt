--TEST--
crc32
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(crc32(""), crc32("The quick brown fox jumped over the lazy dog."), crc32("a"), crc32("\xff\xff\xff\xff"));
?>
--EXPECT--
int(0)
int(2191738434)
int(3904355907)
int(4294967295)
