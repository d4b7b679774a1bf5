--TEST--
socket_addrinfo_bind and socket_addrinfo_connect over loopback, refused connections
--FILE--
<?php
$ai = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM])[0];
$srv = socket_addrinfo_bind($ai);
var_dump($srv);
var_dump(socket_listen($srv));
socket_getsockname($srv, $addr, $port);
var_dump($addr, $port > 0);
$ai2 = socket_addrinfo_lookup('127.0.0.1', (string) $port, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM])[0];
$cli = socket_addrinfo_connect($ai2);
var_dump($cli instanceof Socket);
$conn = socket_accept($srv);
socket_write($cli, "via addrinfo");
var_dump(socket_read($conn, 100));
var_dump(socket_addrinfo_bind($ai2));
var_dump(socket_last_error());
socket_close($srv);
socket_close($conn);
var_dump(socket_addrinfo_connect($ai2));
$u = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_DGRAM])[0];
$s = socket_addrinfo_bind($u);
var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === SOCK_DGRAM);
--EXPECTF--
object(Socket)#2 (0) {
}
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(12) "via addrinfo"

Warning: socket_addrinfo_bind(): Unable to bind address [98]: Address already in use in %s on line 14
bool(false)
int(98)

Warning: socket_addrinfo_connect(): Unable to connect address [111]: Connection refused in %s on line 18
bool(false)
bool(true)
