--TEST--
AF_UNIX abstract names (leading NUL byte)
--FILE--
<?php
$name = "\0phpsock_abstract_" . getmypid();
$srv = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($srv, $name));
var_dump(socket_listen($srv));
var_dump(socket_getsockname($srv, $got), $got);
$cli = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($cli, $name));
$conn = socket_accept($srv);
socket_write($cli, "abstract!");
var_dump(socket_read($conn, 100));
$dup = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($dup, $name));
$auto = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($auto, ''));
var_dump(socket_getsockname($auto, $got), $got);
--EXPECTF--
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
string(9) "abstract!"

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line 13
bool(false)
bool(true)
bool(true)
string(0) ""
