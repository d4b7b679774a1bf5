--TEST--
socket_create: ValueErrors for bad domain/type, warnings for failing protocols
--FILE--
<?php
foreach ([[12345, SOCK_STREAM, 0], [AF_INET, 11, 0], [-1, SOCK_STREAM, 0], [AF_INET, SOCK_STREAM | 2048, 0]] as [$d, $t, $p]) {
    try {
        var_dump(socket_create($d, $t, $p));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_create(AF_INET, SOCK_STREAM, 99999));
var_dump(socket_last_error(), socket_strerror(socket_last_error()));
var_dump(socket_create(AF_UNIX, SOCK_STREAM, SOL_TCP));
var_dump(socket_last_error());
var_dump(@socket_create(AF_INET, SOCK_DGRAM, SOL_TCP));
var_dump(socket_last_error());
var_dump(socket_create(AF_INET, 9, 0));
try {
    socket_create('x', SOCK_STREAM, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_create(AF_INET, SOCK_STREAM);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM

Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line 9
bool(false)
int(22)
string(16) "Invalid argument"

Warning: socket_create(): Unable to create socket [93]: Protocol not supported in %s on line 11
bool(false)
int(93)
bool(false)
int(93)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line 15
bool(false)
socket_create(): Argument #1 ($domain) must be of type int, string given
socket_create() expects exactly 3 arguments, 2 given
