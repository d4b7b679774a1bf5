--TEST--
socket_addrinfo_lookup with hints; socket_addrinfo_explain arrays
--FILE--
<?php
$r = socket_addrinfo_lookup('127.0.0.1', '80', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump($r);
var_dump(socket_addrinfo_explain($r[0]));
$r = socket_addrinfo_lookup('127.0.0.1', null, ['ai_flags' => AI_CANONNAME | AI_NUMERICHOST, 'ai_socktype' => SOCK_DGRAM]);
var_dump(count($r), socket_addrinfo_explain($r[0]));
$r = socket_addrinfo_lookup('::1', '443', ['ai_family' => AF_INET6, 'ai_socktype' => SOCK_STREAM, 'ai_flags' => AI_NUMERICHOST]);
var_dump(socket_addrinfo_explain($r[0]));
$r = socket_addrinfo_lookup('127.0.0.1', 'http', ['ai_socktype' => SOCK_STREAM, 'ai_protocol' => SOL_TCP]);
var_dump(socket_addrinfo_explain($r[0])['ai_addr']);
var_dump(socket_addrinfo_lookup('127.0.0.1', '80', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM, 'ai_flags' => AI_NUMERICSERV])[0] instanceof AddressInfo);
--EXPECT--
array(1) {
  [0]=>
  object(AddressInfo)#1 (0) {
  }
}
array(5) {
  ["ai_flags"]=>
  int(0)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(1)
  ["ai_protocol"]=>
  int(6)
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(80)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
int(1)
array(6) {
  ["ai_flags"]=>
  int(6)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(2)
  ["ai_protocol"]=>
  int(17)
  ["ai_canonname"]=>
  string(9) "127.0.0.1"
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(0)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
array(5) {
  ["ai_flags"]=>
  int(4)
  ["ai_family"]=>
  int(10)
  ["ai_socktype"]=>
  int(1)
  ["ai_protocol"]=>
  int(6)
  ["ai_addr"]=>
  array(2) {
    ["sin6_port"]=>
    int(443)
    ["sin6_addr"]=>
    string(3) "::1"
  }
}
array(2) {
  ["sin_port"]=>
  int(80)
  ["sin_addr"]=>
  string(9) "127.0.0.1"
}
bool(true)
