--TEST--
SCM_CREDENTIALS with SO_PASSCRED over a Unix datagram pair
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1));
var_dump(socket_sendmsg($a, ['iov' => ['creds']], 0));
$msg = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
var_dump(socket_recvmsg($b, $msg, 0));
$cred = $msg['control'][0];
var_dump($cred['level'], $cred['type'], array_keys($cred['data']));
var_dump($cred['data']['pid'] === getmypid());
var_dump($msg['iov']);
--EXPECT--
bool(true)
int(5)
int(5)
int(1)
int(2)
array(3) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(3) "uid"
  [2]=>
  string(3) "gid"
}
bool(true)
array(1) {
  [0]=>
  string(5) "creds"
}
