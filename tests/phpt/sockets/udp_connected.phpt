--TEST--
connected UDP sockets: socket_connect then send/recv/write/read; errors from unreachable ports
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_bind($b, '127.0.0.1', 0);
socket_getsockname($a, $x, $pa);
socket_getsockname($b, $x, $pb);
var_dump(socket_connect($a, '127.0.0.1', $pb));
var_dump(socket_connect($b, '127.0.0.1', $pa));
var_dump(socket_send($a, "one", 3, 0));
var_dump(socket_recv($b, $buf, 10, 0), $buf);
var_dump(socket_write($b, "two"));
var_dump(socket_read($a, 10));
var_dump(socket_getpeername($a, $peer, $pport), $peer, $pport === $pb);
$lonely = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_write($lonely, "nowhere"));
var_dump(socket_last_error($lonely));
$gone = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($gone, '127.0.0.1', 0);
socket_getsockname($gone, $x, $pgone);
socket_close($gone);
var_dump(socket_connect($a, '127.0.0.1', $pgone));
var_dump(socket_send($a, "ping", 4, 0));
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 0]);
var_dump(socket_recv($a, $buf, 10, 0), $buf);
var_dump(socket_last_error($a));
--EXPECTF--
bool(true)
bool(true)
int(3)
int(3)
string(3) "one"
int(3)
string(3) "two"
bool(true)
string(9) "127.0.0.1"
bool(true)

Warning: socket_write(): unable to write to socket [89]: Destination address required in %s on line 16
bool(false)
int(89)
bool(true)
int(4)

Warning: socket_recv(): Unable to read from socket [111]: Connection refused in %s on line 25
bool(false)
NULL
int(111)
