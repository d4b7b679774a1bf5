--TEST--
socket_write / socket_send: lengths, flags, errors on closed peers
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
var_dump(socket_write($a, "12345", 3));
var_dump(socket_write($a, "12345", 100));
var_dump(socket_write($a, "12345", 0));
var_dump(socket_write($a, "", null));
var_dump(socket_read($b, 100));
try {
    socket_write($a, "x", -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_send($a, "abcdef", 4, 0));
var_dump(socket_send($a, "abcdef", 100, MSG_DONTWAIT));
try {
    socket_send($a, "x", -5, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_read($b, 100));
socket_close($b);
var_dump(socket_write($a, "to nobody"));
var_dump(socket_last_error($a));
var_dump(socket_send($a, "to nobody", 9, 0));
--EXPECTF--
int(3)
int(5)
int(0)
int(0)
string(8) "12312345"
socket_write(): Argument #3 ($length) must be greater than or equal to 0
int(4)
int(6)
socket_send(): Argument #3 ($length) must be greater than or equal to 0
string(10) "abcdabcdef"

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line 23
bool(false)
int(32)

Warning: socket_send(): Unable to write to socket [32]: Broken pipe in %s on line 25
bool(false)
