--TEST--
socket_sendmsg / socket_recvmsg passing descriptors with SCM_RIGHTS
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$sent = socket_sendmsg($a, [
    'iov' => ['passing ', 'a socket'],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$q[0]]]],
], 0);
var_dump($sent);
$msg = ['buffer_size' => 100, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2)];
var_dump(socket_recvmsg($b, $msg, 0));
var_dump(array_keys($msg), $msg['iov'], $msg['flags'], $msg['name']);
$c = $msg['control'];
var_dump(count($c), $c[0]['level'], $c[0]['type'], count($c[0]['data']), is_resource($c[0]['data'][0]));
--EXPECT--
int(16)
int(16)
array(4) {
  [0]=>
  string(4) "name"
  [1]=>
  string(7) "control"
  [2]=>
  string(3) "iov"
  [3]=>
  string(5) "flags"
}
array(1) {
  [0]=>
  string(16) "passing a socket"
}
int(0)
NULL
int(1)
int(1)
int(1)
int(1)
bool(true)
