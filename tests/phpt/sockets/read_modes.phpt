--TEST--
socket_read: PHP_BINARY_READ and PHP_NORMAL_READ (\n and \r), lengths, end of stream
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_write($a, "line one\nline two\r\nthird");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 3, PHP_NORMAL_READ));
var_dump(socket_read($b, 2, PHP_BINARY_READ));
var_dump(socket_read($b, 0));
var_dump(socket_read($b, -1));
socket_write($a, "abc\n");
var_dump(socket_read($b, 2, PHP_NORMAL_READ), socket_read($b, 10, PHP_NORMAL_READ));
socket_write($a, "binary\ndata");
var_dump(socket_read($b, 100));
socket_write($a, "Z");
var_dump(socket_read($b, 1, 12345));
socket_close($a);
var_dump(socket_read($b, 100));
var_dump(socket_read($b, 100, PHP_BINARY_READ));
--EXPECT--
string(9) "line one
"
string(9) "line two"
string(1) "
"
string(3) "thi"
string(2) "rd"
bool(false)
bool(false)
string(2) "ab"
string(2) "c
"
string(11) "binary
data"
string(1) "Z"
string(0) ""
string(0) ""
