--TEST--
socket_get_option / socket_set_option with integer options and the aliases
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEPORT, true));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEPORT));
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, "1"));
var_dump(socket_getopt($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(socket_setopt($s, SOL_TCP, TCP_NODELAY, 1));
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY));
var_dump(socket_set_option($s, SOL_TCP, TCP_KEEPIDLE, 30));
var_dump(socket_get_option($s, SOL_TCP, TCP_KEEPIDLE));
var_dump(socket_set_option($s, SOL_TCP, TCP_KEEPINTVL, 5));
var_dump(socket_get_option($s, SOL_TCP, TCP_KEEPINTVL));
var_dump(socket_set_option($s, SOL_TCP, TCP_KEEPCNT, 4));
var_dump(socket_get_option($s, SOL_TCP, TCP_KEEPCNT));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 8192));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF) >= 8192);
var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE), socket_get_option($s, SOL_SOCKET, SO_ERROR));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, [1]));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, []));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, null));
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, SOL_SOCKET, SO_BROADCAST, 1), socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
--EXPECT--
int(0)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(30)
bool(true)
int(5)
bool(true)
int(4)
bool(true)
bool(true)
int(1)
int(0)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
int(1)
int(1)
