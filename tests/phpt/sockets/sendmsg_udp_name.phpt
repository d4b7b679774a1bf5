--TEST--
socket_sendmsg with a destination name, socket_recvmsg reporting the sender
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
socket_getsockname($u, $addr, $port);
var_dump(socket_sendmsg($u, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['to ', 'myself']], 0));
$msg = ['name' => [], 'buffer_size' => 50, 'controllen' => 1];
var_dump(socket_recvmsg($u, $msg, 0));
var_dump($msg['name']['family'], $msg['name']['addr'], $msg['name']['port'] === $port);
var_dump($msg['iov'], $msg['control']);
var_dump(socket_sendmsg($u, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['x']], 0));
$msg = ['buffer_size' => 50, 'controllen' => 1];
var_dump(socket_recvmsg($u, $msg, 0));
var_dump($msg['name']);
--EXPECT--
int(9)
int(9)
int(2)
string(9) "127.0.0.1"
bool(true)
array(1) {
  [0]=>
  string(9) "to myself"
}
array(0) {
}
int(1)
int(1)
NULL
