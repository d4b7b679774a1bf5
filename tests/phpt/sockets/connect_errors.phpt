--TEST--
socket_connect: refused, null port, lookup failure, bad unix paths
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($s, '127.0.0.1', 1));
try {
    socket_connect($s, '127.0.0.1');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$s6 = socket_create(AF_INET6, SOCK_STREAM, 0);
try {
    socket_connect($s6, '::1', null);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_connect($s6, '::1', 1));
var_dump(socket_connect($s, 'no-such-host.invalid', 80));
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($u, '/nonexistent/dir/sock'));
try {
    socket_connect($u, str_repeat('x', 108));
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_connect($u, "\0no-such-abstract-name-phpsock"));
--EXPECTF--

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line 3
bool(false)
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET6

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line 15
bool(false)

Warning: socket_connect(): Host lookup failed [-10001]: Unknown host in %s on line 16
bool(false)

Warning: socket_connect(): unable to connect [2]: No such file or directory in %s on line 18
bool(false)
socket_connect(): Argument #2 ($address) must be less than 108

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line 24
bool(false)
