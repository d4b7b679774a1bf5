--TEST--
php://memory opened read-only refuses writes silently; php://temp works like memory
--FILE--
<?php
$r = fopen('php://memory', 'r');
var_dump(fwrite($r, "a"), ftell($r));
$t = fopen('php://temp', 'w+');
var_dump(fwrite($t, "temp data"));
rewind($t);
var_dump(fread($t, 4), stream_get_contents($t));
$t2 = fopen('php://temp/maxmemory:64', 'r+');
fwrite($t2, "x");
var_dump(stream_get_contents($t2, -1, 0));
--EXPECT--
bool(false)
int(0)
int(9)
string(4) "temp"
string(5) " data"
string(1) "x"
