--TEST--
socket_read PHP_NORMAL_READ at end of stream
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_write($a, "no newline");
socket_close($a);
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($b));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
--EXPECTF--

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line 6
bool(false)
int(104)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line 8
bool(false)
