--TEST--
socket_last_error / socket_clear_error, per socket and global, with @ silencing
--FILE--
<?php
var_dump(socket_last_error());
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error($s));
var_dump(@socket_connect($s, '127.0.0.1', 1));
var_dump(socket_last_error($s), socket_last_error());
socket_clear_error();
var_dump(socket_last_error($s), socket_last_error());
socket_clear_error($s);
var_dump(socket_last_error($s), socket_last_error());
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error($t));
var_dump(socket_connect($t, '127.0.0.1', 1));
var_dump(socket_last_error(null), socket_last_error($t));
socket_clear_error(null);
var_dump(socket_last_error());
try {
    socket_last_error(1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
int(0)
int(0)
bool(false)
int(111)
int(111)
int(111)
int(0)
int(0)
int(0)
int(0)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line 13
bool(false)
int(111)
int(111)
int(0)
socket_last_error(): Argument #1 ($socket) must be of type ?Socket, int given
