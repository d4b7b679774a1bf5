--TEST--
socket_create for every domain and common type
--FILE--
<?php
foreach ([[AF_INET, SOCK_STREAM, SOL_TCP], [AF_INET, SOCK_DGRAM, SOL_UDP], [AF_INET6, SOCK_STREAM, 0],
          [AF_INET6, SOCK_DGRAM, 0], [AF_UNIX, SOCK_STREAM, 0], [AF_UNIX, SOCK_DGRAM, 0],
          [AF_UNIX, SOCK_SEQPACKET, 0]] as [$d, $t, $p]) {
    $s = socket_create($d, $t, $p);
    var_dump($s instanceof Socket);
    var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === $t);
    socket_close($s);
}
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
