--TEST--
gethostbyname, gethostbynamel, gethostbyaddr on localhost and bad input
--FILE--
<?php
var_dump(gethostbyname('localhost'), gethostbyname('nonexistent.invalid'), gethostbyname('10.1.2.3'));
var_dump(gethostbynamel('localhost'), gethostbynamel('nonexistent.invalid'));
var_dump(gethostbyaddr('127.0.0.1'), gethostbyaddr('bad'));
--EXPECTF--
string(9) "127.0.0.1"
string(19) "nonexistent.invalid"
string(8) "10.1.2.3"
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
bool(false)

Warning: gethostbyaddr(): Address is not a valid IPv4 or IPv6 address in %s on line 4
string(9) "localhost"
bool(false)
