--TEST--
non-blocking mode: connect EINPROGRESS, accept/read/recv EAGAIN, blocking restored
--FILE--
<?php
$srv = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($srv, '127.0.0.1', 0);
socket_listen($srv);
socket_getsockname($srv, $addr, $port);
var_dump(socket_set_nonblock($srv));
var_dump(socket_accept($srv), socket_last_error(), socket_last_error($srv));
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_nonblock($c));
$r = socket_connect($c, '127.0.0.1', $port);
var_dump($r === true || socket_last_error($c) === SOCKET_EINPROGRESS);
$n = null;
$w = [$c];
var_dump(socket_select($n, $w, $n, 2));
var_dump(socket_get_option($c, SOL_SOCKET, SO_ERROR));
$r = [$srv];
var_dump(socket_select($r, $n, $n, 2));
$conn = socket_accept($srv);
var_dump($conn instanceof Socket);
socket_set_nonblock($conn);
var_dump(socket_read($conn, 10), socket_last_error($conn));
var_dump(socket_recv($conn, $buf, 10, 0), $buf, socket_last_error($conn));
socket_clear_error($conn);
var_dump(socket_set_block($conn));
socket_write($c, "now");
var_dump(socket_read($conn, 10));
var_dump(socket_last_error($conn));
--EXPECT--
bool(true)
bool(false)
int(11)
int(0)
bool(true)
bool(true)
int(1)
int(0)
int(1)
bool(true)
bool(false)
int(11)
bool(false)
NULL
int(11)
bool(true)
string(3) "now"
int(0)
