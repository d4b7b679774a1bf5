--TEST--
TCP on loopback in one script: listen, non-blocking connect, accept, exchange, close
--FILE--
<?php
$srv = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($srv, '127.0.0.1', 0));
var_dump(socket_listen($srv, 5));
var_dump(socket_getsockname($srv, $addr, $port));
var_dump($addr, $port > 0);
$cli = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($cli, '127.0.0.1', $port));
$conn = socket_accept($srv);
var_dump($conn instanceof Socket);
var_dump(socket_write($cli, "hello server\n"));
var_dump(socket_read($conn, 1024));
var_dump(socket_write($conn, "hello client"));
var_dump(socket_read($cli, 5), socket_read($cli, 100));
var_dump(socket_getpeername($conn, $paddr, $pport), $paddr);
socket_getsockname($cli, $caddr, $cport);
var_dump($pport === $cport);
socket_getpeername($cli, $saddr, $sport);
var_dump($saddr, $sport === $port);
socket_close($cli);
var_dump(socket_read($conn, 100));
socket_close($conn);
socket_close($srv);
--EXPECT--
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
int(13)
string(13) "hello server
"
int(12)
string(5) "hello"
string(7) " client"
bool(true)
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
bool(true)
string(0) ""
