--TEST--
IPv6 options: multicast hops/loop/interface, IPV6_V6ONLY, IPV6_RECVPKTINFO, IPV6_PKTINFO
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 5));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, -1));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
foreach ([256, -2] as $h) {
    try {
        socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, $h);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, false));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF, 0));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_V6ONLY, 1));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_RECVPKTINFO));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 7));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_UNICAST_HOPS));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_PKTINFO));
--EXPECTF--
bool(true)
int(5)
bool(true)
int(1)
socket_set_option(): Argument #4 ($value) must be between -1 and 255
socket_set_option(): Argument #4 ($value) must be between -1 and 255
bool(true)
int(0)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(7)

Warning: socket_get_option(): unable to get socket option [92]: Protocol not available in %s on line 24
bool(false)
