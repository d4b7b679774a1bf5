--TEST--
getprotobyname, getprotobynumber, getservbyname, getservbyport
--FILE--
<?php
var_dump(getprotobyname('tcp'), getprotobyname('udp'), getprotobyname('icmp'), getprotobyname('nope'));
var_dump(getprotobynumber(6), getprotobynumber(17), getprotobynumber(999));
var_dump(getservbyname('http', 'tcp'), getservbyname('ssh', 'tcp'), getservbyname('domain', 'udp'), getservbyname('nope', 'tcp'));
var_dump(getservbyport(80, 'tcp'), getservbyport(443, 'udp'), getservbyport(9999, 'tcp'));
--EXPECT--
int(6)
int(17)
int(1)
bool(false)
string(3) "tcp"
string(3) "udp"
bool(false)
int(80)
int(22)
int(53)
bool(false)
string(4) "http"
string(5) "https"
bool(false)
