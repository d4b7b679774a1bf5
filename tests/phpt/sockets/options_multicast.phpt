--TEST--
IPv4 multicast options: TTL, loop, interface, join/leave groups, errors
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, 3));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
foreach ([256, -1] as $ttl) {
    try {
        socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, $ttl);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, 0));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, true));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 0));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
try {
    socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "nonexist0"));
try {
    socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, []);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '224.0.0.250']);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.250', 'interface' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => '224.0.0.250', 'interface' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => '224.0.0.250', 'interface' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => 'nonexist0']));
--EXPECTF--
bool(true)
int(3)
socket_set_option(): Argument #4 ($value) must be between 0 and 255
socket_set_option(): Argument #4 ($value) must be between 0 and 255
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(0)
Index must be between 0 and 4294967295

Warning: socket_set_option(): No interface with name "nonexist0" could be found in %s on line 23
bool(false)
No key "group" passed in optval
No key "source" passed in optval
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [99]: Cannot assign requested address in %s on line 36
bool(false)

Warning: socket_set_option(): No interface with name "nonexist0" could be found in %s on line 37
bool(false)
