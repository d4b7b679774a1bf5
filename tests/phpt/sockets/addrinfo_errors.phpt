--TEST--
socket_addrinfo_lookup failures and bad hints
--FILE--
<?php
var_dump(socket_addrinfo_lookup('no-such-host.invalid'));
var_dump(socket_addrinfo_lookup('127.0.0.1', 'no-such-service-name'));
var_dump(socket_addrinfo_lookup('not an address', null, ['ai_flags' => AI_NUMERICHOST]));
try {
    socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => AF_INET, 'bogus' => 1]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(count(socket_addrinfo_lookup('127.0.0.1', null, [AF_INET6, 99])) > 0);
try {
    socket_addrinfo_explain(1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_addrinfo_bind(socket_create(AF_INET, SOCK_STREAM, 0));
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(false)
bool(false)
bool(false)
socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
bool(true)
socket_addrinfo_explain(): Argument #1 ($address) must be of type AddressInfo, int given
socket_addrinfo_bind(): Argument #1 ($address) must be of type AddressInfo, Socket given
