--TEST--
socket_recv: by-reference buffer, MSG_PEEK, MSG_WAITALL, MSG_DONTWAIT, end of stream
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_write($a, "peekaboo");
var_dump(socket_recv($b, $buf, 4, MSG_PEEK), $buf);
var_dump(socket_recv($b, $buf, 100, 0), $buf);
$buf = 'old';
var_dump(socket_recv($b, $buf, 100, MSG_DONTWAIT), $buf);
var_dump(socket_last_error($b));
socket_write($a, "0123456789");
var_dump(socket_recv($b, $buf, 10, MSG_WAITALL), $buf);
var_dump(socket_recv($b, $buf, 0, 0), $buf);
var_dump(socket_recv($b, $buf, -3, 0), $buf);
socket_close($a);
$buf = 'old';
var_dump(socket_recv($b, $buf, 10, 0), $buf);
--EXPECT--
int(4)
string(4) "peek"
int(8)
string(8) "peekaboo"
bool(false)
NULL
int(11)
int(10)
string(10) "0123456789"
bool(false)
string(10) "0123456789"
bool(false)
string(10) "0123456789"
int(0)
NULL
