--TEST--
socket_create_pair: stream, datagram and seqpacket pairs, errors
--FILE--
<?php
foreach ([SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET] as $type) {
    $pair = 'will be replaced';
    var_dump(socket_create_pair(AF_UNIX, $type, 0, $pair));
    var_dump(count($pair), $pair[0] instanceof Socket, $pair[1] instanceof Socket);
    socket_write($pair[0], "ping");
    var_dump(socket_read($pair[1], 10));
    socket_write($pair[1], "pong");
    var_dump(socket_read($pair[0], 10));
}
var_dump(socket_create_pair(AF_INET, SOCK_STREAM, 0, $pair));
var_dump($pair);
var_dump(socket_last_error());
try {
    socket_create_pair(99, SOCK_STREAM, 0, $pair);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_create_pair(AF_UNIX, 99, 0, $pair);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump($p);
--EXPECTF--
bool(true)
int(2)
bool(true)
bool(true)
string(4) "ping"
string(4) "pong"
bool(true)
int(2)
bool(true)
bool(true)
string(4) "ping"
string(4) "pong"
bool(true)
int(2)
bool(true)
bool(true)
string(4) "ping"
string(4) "pong"

Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line 11
bool(false)
array(2) {
  [0]=>
  object(Socket)#1 (0) {
  }
  [1]=>
  object(Socket)#2 (0) {
  }
}
int(95)
socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
array(2) {
  [0]=>
  object(Socket)#4 (0) {
  }
  [1]=>
  object(Socket)#5 (0) {
  }
}
