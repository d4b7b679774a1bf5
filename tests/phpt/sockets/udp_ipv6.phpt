--TEST--
UDP over IPv6 loopback
--SKIPIF--
<?php
$s = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
--FILE--
<?php
$a = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($a, '::1', 0));
socket_getsockname($a, $addr, $port);
var_dump($addr, $port > 0);
$b = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendto($b, "six", 3, 0, '::1', $port));
var_dump(socket_recvfrom($a, $buf, 10, 0, $from, $fport), $buf, $from, $fport > 0);
try {
    socket_sendto($b, "x", 1, 0, '::1');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_bind($b, '::ffff:127.0.0.1', 0));
socket_getsockname($b, $addr);
var_dump($addr);
--EXPECTF--
bool(true)
string(3) "::1"
bool(true)
int(3)
int(3)
string(3) "six"
string(3) "::1"
bool(true)
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET6

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line 14
bool(false)
string(2) "::"
