--TEST--
socket_getopt / socket_setopt aliases report their own names
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(socket_getopt($s, 12345, 1));
var_dump(socket_setopt($s, 12345, 1, 1));
socket_close($s);
try { socket_getopt($s, 1, 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Warning: socket_getopt(): Unable to retrieve socket option [95]: Operation not supported in %s on line 3
bool(false)

Warning: socket_setopt(): Unable to set socket option [92]: Protocol not available in %s on line 4
bool(false)
socket_getopt(): Argument #1 ($socket) has already been closed
