--TEST--
socket_bind: address in use, bad addresses, host lookup failure, port wrap-around
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($a, '127.0.0.1', 0));
socket_listen($a);
socket_getsockname($a, $addr, $port);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($b, '127.0.0.1', $port));
var_dump(socket_last_error($b));
var_dump(socket_bind($b, 'no-such-host.invalid', 0));
var_dump(socket_last_error($b));
var_dump(socket_bind($b, '192.0.2.1', 0));
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($c, '127.0.0.1', 65536));
socket_getsockname($c, $addr, $p2);
var_dump($addr, $p2 > 0);
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($d, '127.1'));
socket_getsockname($d, $addr);
var_dump($addr);
var_dump(socket_bind($d, '127.0.0.1'));
--EXPECTF--
bool(true)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line 7
bool(false)
int(98)

Warning: socket_bind(): Host lookup failed [-10001]: Unknown host in %s on line 9
bool(false)
int(-10001)

Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line 11
bool(false)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line 20
bool(false)
