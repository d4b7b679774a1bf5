--TEST--
socket options: unknown levels and names, wrong types, warnings
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, 12345, 1, 1));
var_dump(socket_get_option($s, 12345, 1));
var_dump(socket_set_option($s, SOL_SOCKET, 9999, 1));
var_dump(socket_get_option($s, SOL_SOCKET, 9999));
var_dump(socket_last_error($s));
var_dump(socket_get_option($s, PHP_INT_MAX, 1));
var_dump(socket_set_option($s, 1, PHP_INT_MAX, 1));
var_dump(socket_set_option($s, SOL_SOCKET, SO_TYPE, 1));
try {
    socket_set_option($s, SOL_SOCKET, SO_REUSEADDR);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_get_option($s, 'level', SO_TYPE);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "nonexist0"));
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_set_option($u, SOL_TCP, TCP_NODELAY, 1));
--EXPECTF--

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line 3
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line 4
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line 5
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line 6
bool(false)
int(92)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line 8
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line 9
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line 10
bool(false)
socket_set_option() expects exactly 4 arguments, 3 given
socket_get_option(): Argument #2 ($level) must be of type int, string given

Warning: socket_set_option(): Unable to set socket option [19]: No such device in %s on line 21
bool(false)

Warning: socket_set_option(): Unable to set socket option [95]: Operation not supported in %s on line 23
bool(false)
