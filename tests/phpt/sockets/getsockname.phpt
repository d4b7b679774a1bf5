--TEST--
socket_getsockname / socket_getpeername: by-reference outputs, unbound and unconnected sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_getsockname($s, $addr, $port), $addr, $port);
$addr = 'keep'; $port = 'keep';
var_dump(socket_getpeername($s, $addr, $port), $addr, $port);
socket_bind($s, '127.0.0.1', 0);
var_dump(socket_getsockname($s, $addr));
var_dump($addr);
$s6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
var_dump(socket_getsockname($s6, $addr, $port), $addr, $port);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_getsockname($u, $addr, $port), $addr, $port);
var_dump(socket_getpeername($u, $addr));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
var_dump(socket_getpeername($pair[0], $addr), $addr);
--EXPECTF--
bool(true)
string(7) "0.0.0.0"
int(0)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line 5
bool(false)
string(4) "keep"
string(4) "keep"
bool(true)
string(9) "127.0.0.1"
bool(true)
string(2) "::"
int(0)
bool(true)
string(0) ""
int(0)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line 13
bool(false)
bool(true)
string(0) ""
