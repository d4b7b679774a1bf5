--TEST--
socket_cmsg_space for the supported control messages, errors
--FILE--
<?php
foreach ([[SOL_SOCKET, SCM_RIGHTS, 0], [SOL_SOCKET, SCM_RIGHTS, 1], [SOL_SOCKET, SCM_RIGHTS, 2], [SOL_SOCKET, SCM_RIGHTS, 3],
          [SOL_SOCKET, SCM_RIGHTS, 10], [SOL_SOCKET, SCM_CREDENTIALS, 0], [SOL_SOCKET, SCM_CREDENTIALS, 3],
          [IPPROTO_IPV6, IPV6_PKTINFO, 0], [IPPROTO_IPV6, IPV6_HOPLIMIT, 0], [IPPROTO_IPV6, IPV6_TCLASS, 0]] as [$l, $t, $n]) {
    var_dump(socket_cmsg_space($l, $t, $n));
}
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS));
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1000000000));
foreach ([[SOL_SOCKET, SCM_RIGHTS, -1], [SOL_SOCKET, SCM_RIGHTS, PHP_INT_MAX], [PHP_INT_MAX, SCM_RIGHTS, 1],
          [SOL_SOCKET, PHP_INT_MIN, 1], [1, 99, 0], [SOL_TCP, 1, 0]] as [$l, $t, $n]) {
    try {
        var_dump(socket_cmsg_space($l, $t, $n));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
int(16)
int(24)
int(24)
int(32)
int(56)
int(32)
int(32)
int(40)
int(24)
int(24)
int(16)
int(4000000016)
socket_cmsg_space(): Argument #3 ($num) must be greater than or equal to 0
socket_cmsg_space(): Argument #3 ($num) must be between -2147483648 and 2147483647
socket_cmsg_space(): Argument #1 ($level) must be between -2147483648 and 2147483647
socket_cmsg_space(): Argument #2 ($type) must be between -2147483648 and 2147483647
Pair level 1 and/or type 99 is not supported
Pair level 6 and/or type 1 is not supported
