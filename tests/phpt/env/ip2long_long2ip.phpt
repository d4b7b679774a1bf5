--TEST--
ip2long and long2ip
--FILE--
<?php
foreach (['192.168.1.1', '255.255.255.255', '0.0.0.0', '1.2.3', '01.2.3.4', ' 1.2.3.4', '256.1.1.1', '', '1.2.3.4.5', '::1'] as $ip) {
    var_dump(ip2long($ip));
}
var_dump(long2ip(3232235777), long2ip(-1), long2ip(0), long2ip(4294967296 + 5), long2ip(2130706433));
--EXPECT--
int(3232235777)
int(4294967295)
int(0)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(11) "192.168.1.1"
string(15) "255.255.255.255"
string(7) "0.0.0.0"
string(7) "0.0.0.5"
string(9) "127.0.0.1"
