--TEST--
edge values: big read lengths, oversized datagrams, port wrap-around, malformed addresses
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "abc");
var_dump(socket_read($p[1], 50000000));
socket_write($p[0], "abc");
var_dump(socket_recv($p[1], $b, 50000000, 0), $b);
$u = socket_create(AF_INET, SOCK_DGRAM, 0);
var_dump(socket_sendto($u, str_repeat("z", 70000), 70000, 0, '127.0.0.1', 9));
var_dump(socket_last_error($u));
$r = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_bind($r, '127.0.0.1', 0);
socket_getsockname($r, $addr, $port);
var_dump(socket_sendto($u, "wrapped", 7, 0, '127.0.0.1', 65536 + $port));
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $fport), $buf);
var_dump(socket_sendto($u, "z", 1, 0, '256.1.1.1', 9));
var_dump(socket_sendto($u, "z", 1, 0, '', 9));
var_dump(socket_sendto($u, "z", 1, 0, 'no-such-host.invalid', 9));
var_dump(socket_last_error($u));
var_dump(socket_sendto($u, "z", 1, 0, '0x7f.1', $port));
var_dump(socket_sendto($u, "dotted", 6, 0, '127.1', $port));
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $fport), $buf, $from);
--EXPECTF--
string(3) "abc"
int(3)
string(3) "abc"

Warning: socket_sendto(): Unable to write to socket [90]: Message too long in %s on line 8
bool(false)
int(90)
int(7)
int(7)
string(7) "wrapped"

Warning: socket_sendto(): Host lookup failed [-10000]: Unknown error -10000 in %s on line 15
bool(false)

Warning: socket_sendto(): Host lookup failed [-10003]: Unknown server error in %s on line 16
bool(false)

Warning: socket_sendto(): Host lookup failed [-10001]: Unknown host in %s on line 17
bool(false)
int(-10001)

Warning: socket_sendto(): Host lookup failed [-10001]: Unknown host in %s on line 19
bool(false)
int(6)
int(6)
string(6) "dotted"
string(9) "127.0.0.1"
