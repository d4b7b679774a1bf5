--TEST--
inet_pton and inet_ntop for IPv4 and IPv6
--FILE--
<?php
function hx($s) { return $s === false ? 'false' : unpack('H*', $s)[1]; }
foreach (['127.0.0.1', '::1', '2001:db8::ff00:42:8329', 'fe80::1', '::', 'bad', '1.2.3', '1.2.3.4.5'] as $ip) {
    echo $ip, ' => ', hx(inet_pton($ip)), "\n";
}
var_dump(inet_ntop("\x7f\0\0\x01"), inet_ntop(pack('H*', '00000000000000000000000000000001')), inet_ntop("abc"), inet_ntop(pack('H*', '20010db8000000000000ff0000428329')), inet_ntop(pack('H*', 'fe800000000000000000000000000001')), inet_ntop(''));
--EXPECT--
127.0.0.1 => 7f000001
::1 => 00000000000000000000000000000001
2001:db8::ff00:42:8329 => 20010db8000000000000ff0000428329
fe80::1 => fe800000000000000000000000000001
:: => 00000000000000000000000000000000
bad => false
1.2.3 => false
1.2.3.4.5 => false
string(9) "127.0.0.1"
string(3) "::1"
bool(false)
string(22) "2001:db8::ff00:42:8329"
string(7) "fe80::1"
bool(false)
