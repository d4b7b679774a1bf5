--TEST--
IPV6_RECVPKTINFO: socket_recvmsg returns an IPV6_PKTINFO control message; sendmsg accepts one
--SKIPIF--
<?php
$s = @socket_create(AF_INET6, SOCK_DGRAM, 0);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '::1', 0);
socket_getsockname($s, $addr, $port);
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1));
var_dump(socket_sendmsg($s, [
    'name' => ['addr' => '::1', 'port' => $port],
    'iov' => ['six'],
    'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 0]]],
], 0));
$msg = ['name' => [], 'buffer_size' => 10, 'controllen' => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO)];
var_dump(socket_recvmsg($s, $msg, 0));
var_dump($msg['name']['family'], $msg['name']['addr'], $msg['name']['port'] === $port, $msg['name']['flowinfo'], $msg['name']['scope_id']);
var_dump($msg['control'][0]['level'], $msg['control'][0]['type'], $msg['control'][0]['data']['addr'], $msg['control'][0]['data']['ifindex'] > 0);
var_dump($msg['iov']);
--EXPECT--
bool(true)
int(3)
int(3)
int(10)
string(3) "::1"
bool(true)
int(0)
int(0)
int(41)
int(50)
string(3) "::1"
bool(true)
array(1) {
  [0]=>
  string(3) "six"
}
