--TEST--
sockets constants: domains, types, levels, read modes, errno values
--FILE--
<?php
var_dump(AF_UNIX, AF_INET, AF_INET6);
var_dump(SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET, SOCK_RDM);
var_dump(SOL_SOCKET, SOL_TCP, SOL_UDP, IPPROTO_IP, IPPROTO_IPV6);
var_dump(PHP_NORMAL_READ, PHP_BINARY_READ);
var_dump(SOCKET_EAGAIN === SOCKET_EWOULDBLOCK, SOCKET_ECONNREFUSED, SOCKET_EADDRINUSE, SOCKET_EINPROGRESS);
var_dump(MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_OOB, MSG_NOSIGNAL);
var_dump(SO_REUSEADDR, SO_REUSEPORT, SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO, SO_TYPE, SO_ERROR);
var_dump(TCP_NODELAY, TCP_CONGESTION, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT);
var_dump(MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP, IP_MULTICAST_TTL, IPV6_MULTICAST_HOPS);
var_dump(SCM_RIGHTS, SCM_CREDENTIALS, SO_PASSCRED, IPV6_PKTINFO, SOMAXCONN);
var_dump(defined('SOCKET_ENOTSOCK'), defined('SO_PEERCRED'), defined('SOCK_NONBLOCK'));
--EXPECT--
int(1)
int(2)
int(10)
int(1)
int(2)
int(3)
int(5)
int(4)
int(1)
int(6)
int(17)
int(0)
int(41)
int(1)
int(2)
bool(true)
int(111)
int(98)
int(115)
int(2)
int(64)
int(256)
int(1)
int(16384)
int(2)
int(15)
int(13)
int(20)
int(21)
int(3)
int(4)
int(1)
int(13)
int(4)
int(5)
int(6)
int(42)
int(45)
int(33)
int(18)
int(1)
int(2)
int(16)
int(50)
int(4096)
bool(true)
bool(false)
bool(false)
