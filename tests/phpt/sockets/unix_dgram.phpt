--TEST--
AF_UNIX datagrams: sendto/recvfrom with paths
--FILE--
<?php
$dir = sys_get_temp_dir();
$pa = "$dir/phpsock_dgram_a_" . getmypid();
$pb = "$dir/phpsock_dgram_b_" . getmypid();
@unlink($pa); @unlink($pb);
$a = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$b = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($a, $pa), socket_bind($b, $pb));
var_dump(socket_sendto($b, "to a", 4, 0, $pa));
var_dump(socket_recvfrom($a, $buf, 100, 0, $from), $buf, $from === $pb);
var_dump(socket_sendto($a, "reply", 5, 0, $pb));
var_dump(socket_recvfrom($b, $buf, 100, 0, $from, $port), $buf, $from === $pa, $port);
$anon = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendto($anon, "anon", 4, 0, $pa));
var_dump(socket_recvfrom($a, $buf, 100, 0, $from), $buf, $from);
var_dump(socket_sendto($anon, "x", 1, 0, "$dir/phpsock_nobody_here"));
socket_close($a); socket_close($b);
unlink($pa); unlink($pb);
--EXPECTF--
bool(true)
bool(true)
int(4)
int(4)
string(4) "to a"
bool(true)
int(5)
int(5)
string(5) "reply"
bool(true)
NULL
int(4)
int(4)
string(4) "anon"
string(0) ""

Warning: socket_sendto(): Unable to write to socket [2]: No such file or directory in %s on line 16
bool(false)
