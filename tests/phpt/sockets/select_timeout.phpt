--TEST--
socket_select: timeouts with seconds and microseconds (also above one second), empty results
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$n = null;
$start = microtime(true);
$r = [$p[1]];
var_dump(socket_select($r, $n, $n, 0, 200000), $r);
$elapsed = microtime(true) - $start;
var_dump($elapsed >= 0.15 && $elapsed < 2);
$start = microtime(true);
$r = [$p[1]];
var_dump(socket_select($r, $n, $n, 0, 1100000));
$elapsed = microtime(true) - $start;
var_dump($elapsed >= 1.0 && $elapsed < 3);
socket_write($p[0], "x");
$r = [$p[1]];
var_dump(socket_select($r, $n, $n, null), count($r));
--EXPECT--
int(0)
array(0) {
}
bool(true)
int(0)
bool(true)
int(1)
int(1)
