--TEST--
Socket objects: final class, var_dump, get_class, instanceof, casts, comparison
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($s);
var_dump(get_class($s), $s instanceof Socket);
var_dump((bool) $s, (array) $s);
$t = $s;
var_dump($t === $s, $t == $s);
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($u === $s);
var_dump($u);
socket_close($s);
var_dump($s);
--EXPECT--
object(Socket)#1 (0) {
}
string(6) "Socket"
bool(true)
bool(true)
array(0) {
}
bool(true)
bool(true)
bool(false)
object(Socket)#2 (0) {
}
object(Socket)#1 (0) {
}
