--TEST--
socket_listen / socket_accept errors: unbound, wrong type, not listening
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_listen($u));
var_dump(socket_last_error($u));
var_dump(socket_accept($u));
var_dump(socket_last_error(), socket_last_error($u));
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_accept($t));
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
var_dump(socket_listen($l, -5));
var_dump(socket_listen($l, 100000));
var_dump(socket_read($l, 10));
var_dump(socket_write($l, "x"));
--EXPECTF--

Warning: socket_listen(): unable to listen on socket [95]: Operation not supported in %s on line 3
bool(false)
int(95)

Warning: socket_accept(): unable to accept incoming connection [95]: Operation not supported in %s on line 5
bool(false)
int(95)
int(95)

Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line 8
bool(false)
bool(true)
bool(true)

Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line 13
bool(false)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line 14
bool(false)
