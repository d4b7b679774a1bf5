--TEST--
UDP to self: socket_sendto / socket_recvfrom with address and port outputs
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '127.0.0.1', 0);
socket_bind($b, '127.0.0.1', 0);
socket_getsockname($a, $aaddr, $aport);
socket_getsockname($b, $baddr, $bport);
var_dump(socket_sendto($b, "datagram one", 12, 0, '127.0.0.1', $aport));
var_dump(socket_sendto($b, "datagram two", 8, 0, '127.0.0.1', $aport));
var_dump(socket_recvfrom($a, $buf, 100, 0, $from, $port), $buf, $from, $port === $bport);
var_dump(socket_recvfrom($a, $buf, 3, 0, $from, $port), $buf);
var_dump(socket_sendto($a, "", 0, 0, $baddr, $bport));
var_dump(socket_recvfrom($b, $buf, 10, 0, $from, $port), $buf);
var_dump(socket_recvfrom($b, $buf, 0, 0, $from, $port));
try {
    socket_sendto($a, "x", 1, 0, '127.0.0.1');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_sendto($a, "x", -1, 0, '127.0.0.1', 1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_recvfrom($a, $buf, 10, 0, $from);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_sendto($a, "x", 1, 0, 'no-such-host.invalid', 9));
socket_set_nonblock($a);
$buf = 'unchanged';
var_dump(socket_recvfrom($a, $buf, 10, 0, $from, $port), $buf, socket_last_error($a));
--EXPECTF--
int(12)
int(8)
int(12)
string(12) "datagram one"
string(9) "127.0.0.1"
bool(true)
int(3)
string(3) "dat"
int(0)
int(0)
string(0) ""
bool(false)
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
socket_sendto(): Argument #3 ($length) must be greater than or equal to 0
Wrong parameter count for socket_recvfrom()

Warning: socket_sendto(): Host lookup failed [-10001]: Unknown host in %s on line 30
bool(false)
bool(false)
string(9) "unchanged"
int(11)
