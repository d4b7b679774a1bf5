--TEST--
socket_sendmsg / socket_recvmsg conversion errors and system errors
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_sendmsg($a, ['iov' => 'not an array'], 0));
var_dump(socket_sendmsg($a, ['control' => [['level' => 1, 'type' => 1]]], 0));
var_dump(socket_sendmsg($a, ['control' => [['level' => 1, 'type' => 99, 'data' => 1]]], 0));
var_dump(socket_sendmsg($a, ['control' => [['level' => 1, 'type' => 1, 'data' => [1]]]], 0));
var_dump(socket_sendmsg($a, [], 0));
foreach ([[], ['buffer_size' => 5], ['controllen' => 0, 'buffer_size' => 5], ['controllen' => -1, 'buffer_size' => 5],
          ['controllen' => 16, 'buffer_size' => -1]] as $m) {
    var_dump(socket_recvmsg($b, $m, MSG_DONTWAIT));
}
$m = ['controllen' => 16, 'buffer_size' => 5];
var_dump(socket_recvmsg($b, $m, MSG_DONTWAIT));
var_dump(socket_last_error($b));
var_dump(socket_sendmsg($a, ['iov' => ['a', 'b', 'c']], 0));
$m = ['controllen' => 16, 'buffer_size' => 5];
var_dump(socket_recvmsg($b, $m, 0), $m['iov']);
--EXPECTF--

Warning: socket_sendmsg(): error converting user data (path: msghdr > iov): expected an array here in %s on line 4
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr should have a 'data' element here in %s on line 5
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): cmsghdr with level 1 and type 99 not supported in %s on line 6
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): expected a Socket object or a stream resource in %s on line 7
bool(false)
int(0)

Warning: socket_recvmsg(): error converting user data (path: msghdr): The key 'controllen' is required in %s on line 11
bool(false)

Warning: socket_recvmsg(): error converting user data (path: msghdr): The key 'controllen' is required in %s on line 11
bool(false)

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): controllen cannot be 0 in %s on line 11
bool(false)

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): given PHP integer is out of bounds for an unsigned 32-bit integer in %s on line 11
bool(false)

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given -1 in %s on line 11
bool(false)
int(0)
int(0)
int(3)
int(3)
array(1) {
  [0]=>
  string(3) "abc"
}
