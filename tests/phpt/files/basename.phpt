--TEST--
basename with suffixes, trailing slashes and edge cases
--FILE--
<?php
foreach (['/a/b/c.txt', '/a/b/', '/', '', 'a', 'a//', '//', '.txt', 'dir/.hidden'] as $p) {
    var_dump(basename($p));
}
var_dump(basename('a.txt', '.txt'), basename('.txt', '.txt'), basename('/a/b.c.d', '.d'), basename('x.tar.gz', 'tar.gz'), basename('abc', 'abc'), basename('abc', 'c'));
--EXPECT--
string(5) "c.txt"
string(1) "b"
string(0) ""
string(0) ""
string(1) "a"
string(1) "a"
string(0) ""
string(4) ".txt"
string(7) ".hidden"
string(1) "a"
string(4) ".txt"
string(3) "b.c"
string(2) "x."
string(3) "abc"
string(2) "ab"
