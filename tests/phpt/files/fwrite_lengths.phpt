--TEST--
fwrite and fputs with length arguments
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(fwrite($m, "abc", 2), fwrite($m, ""), fwrite($m, "x", 0), fwrite($m, "x", -1), fputs($m, "zz"), fwrite($m, "long", 100));
rewind($m);
var_dump(stream_get_contents($m));
var_dump(stream_get_contents($m, -1, 1), stream_get_contents($m, 1, 0), stream_get_contents($m, 0));
--EXPECT--
int(2)
int(0)
int(0)
int(0)
int(2)
int(4)
string(8) "abzzlong"
string(7) "bzzlong"
string(1) "a"
string(0) ""
