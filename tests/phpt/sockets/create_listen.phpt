--TEST--
socket_create_listen on an ephemeral port, address in use
--FILE--
<?php
$l = socket_create_listen(0);
var_dump($l instanceof Socket);
var_dump(socket_getsockname($l, $addr, $port), $addr, $port > 0);
var_dump(socket_get_option($l, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
$conn = socket_accept($l);
socket_write($conn, "hi");
var_dump(socket_read($c, 10));
var_dump(socket_create_listen($port));
var_dump(socket_last_error());
$l2 = socket_create_listen(0, 1);
var_dump($l2 instanceof Socket);
--EXPECTF--
bool(true)
bool(true)
string(7) "0.0.0.0"
bool(true)
bool(true)
bool(true)
string(2) "hi"

Warning: socket_create_listen(): unable to bind to given address [98]: Address already in use in %s on line 11
bool(false)
int(98)
bool(true)
