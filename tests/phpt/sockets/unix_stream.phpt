--TEST--
AF_UNIX stream sockets on a filesystem path in the temp dir
--FILE--
<?php
$path = sys_get_temp_dir() . '/phpsock_unix_stream_' . getmypid() . '.sock';
@unlink($path);
$srv = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($srv, $path));
var_dump(socket_listen($srv));
var_dump(socket_getsockname($srv, $name), $name === $path);
$cli = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($cli, $path));
$conn = socket_accept($srv);
var_dump(socket_getpeername($cli, $peer), $peer === $path);
var_dump(socket_getpeername($conn, $peer), $peer);
var_dump(socket_getsockname($cli, $name, $port), $name, $port);
socket_write($cli, "over unix\n");
var_dump(socket_read($conn, 100, PHP_NORMAL_READ));
$other = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($other, $path));
socket_close($conn);
socket_close($cli);
socket_close($srv);
unlink($path);
try {
    socket_bind($other, str_repeat('a', 200));
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
string(0) ""
NULL
string(10) "over unix
"

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line 17
bool(false)
socket_bind(): Argument #2 ($address) must be less than 108
