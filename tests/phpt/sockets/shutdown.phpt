--TEST--
socket_shutdown: read, write and both directions; invalid mode; unconnected socket
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
var_dump(socket_shutdown($a, 1));
var_dump(socket_read($b, 10));
var_dump(socket_write($b, "still open"));
var_dump(socket_read($a, 100));
var_dump(socket_write($a, "no"));
var_dump(socket_shutdown($b));
var_dump(socket_shutdown($b, 0));
var_dump(socket_shutdown($b, 7));
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_shutdown($t, 2));
var_dump(socket_last_error($t));
--EXPECTF--
bool(true)
string(0) ""
int(10)
string(10) "still open"

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line 8
bool(false)
bool(true)
bool(true)

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line 11
bool(false)

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line 13
bool(false)
int(107)
