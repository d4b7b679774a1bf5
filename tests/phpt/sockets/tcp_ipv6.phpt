--TEST--
TCP over the IPv6 loopback
--SKIPIF--
<?php
$s = @socket_create(AF_INET6, SOCK_STREAM, 0);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
--FILE--
<?php
$srv = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($srv, '::1', 0), socket_listen($srv));
socket_getsockname($srv, $addr, $port);
var_dump($addr);
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '::1', $port));
$conn = socket_accept($srv);
socket_getpeername($conn, $peer, $pport);
var_dump($peer, $pport > 0);
socket_write($c, "ipv6 line\r\n");
var_dump(socket_read($conn, 100, PHP_NORMAL_READ), socket_read($conn, 100, PHP_NORMAL_READ));
var_dump(socket_bind(socket_create(AF_INET6, SOCK_STREAM, 0), '::1', $port));
var_dump(socket_connect(socket_create(AF_INET6, SOCK_STREAM, 0), 'not:an:address::zz', 80));
--EXPECTF--
bool(true)
bool(true)
string(3) "::1"
bool(true)
string(3) "::1"
bool(true)
string(10) "ipv6 line"
string(1) "
"

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line 13
bool(false)

Warning: socket_connect(): Host lookup failed [-10001]: Unknown host in %s on line 14
bool(false)
