--TEST--
Socket and AddressInfo objects are not comparable: distinct ones are never equal (array_search finds the very socket), <=> gives 1 except against null
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$o = new stdClass;
foreach ([true, false, 1, 0, "x", "", null, [], 1.5, $o, $t, $s] as $i => $v) {
    echo $i, ": ", var_export($s == $v, true), " ", var_export($v == $s, true), " ",
        $s <=> $v, " ", $v <=> $s, " ", var_export($s < $v, true), var_export($s > $v, true), "\n";
}
// The chat-server idiom: find a client's key by its socket.
$clients = ['a' => $s, 'b' => $t];
var_dump(array_search($t, $clients), in_array($t, [$s]), array_keys([$s, $t, $s], $s));
unset($clients[array_search($t, $clients)]);
var_dump(array_keys($clients));
switch ($t) {
    case $s: echo "matched s\n"; break;
    case $t: echo "matched t\n"; break;
}
var_dump([$s] == [$t], [$s] == [$s], $s != $t, $s <> $s);
$ai = socket_addrinfo_lookup('127.0.0.1', '80', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$bi = socket_addrinfo_lookup('127.0.0.1', '80', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump($ai[0] == $ai[0], $ai[0] == $bi[0], $ai[0] <=> $bi[0], $ai[0] == $s);
--EXPECT--
0: false false 1 1 falsefalse
1: false false 1 1 falsefalse
2: false false 1 1 falsefalse
3: false false 1 1 falsefalse
4: false false 1 1 falsefalse
5: false false 1 1 falsefalse
6: false false 1 -1 falsetrue
7: false false 1 1 falsefalse
8: false false 1 1 falsefalse
9: false false 1 1 falsefalse
10: false false 1 1 falsefalse
11: true true 0 0 falsefalse
string(1) "b"
bool(false)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  string(1) "a"
}
matched t
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
int(1)
bool(false)
