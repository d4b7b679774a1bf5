--TEST--
a socket closes when its last reference goes away; handles are reused
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
unset($p);
$copy = $a;
unset($a);
var_dump(socket_write($copy, "still open"));
var_dump(socket_read($b, 100));
unset($copy);
var_dump(socket_read($b, 100));
function make() {
    $s = socket_create(AF_INET, SOCK_DGRAM, 0);
    return $s;
}
$x = make();
var_dump($x);
$x = null;
var_dump(make());
$list = [socket_create(AF_INET, SOCK_DGRAM, 0), socket_create(AF_INET, SOCK_DGRAM, 0)];
var_dump($list);
--EXPECT--
int(10)
string(10) "still open"
string(0) ""
object(Socket)#1 (0) {
}
object(Socket)#1 (0) {
}
array(2) {
  [0]=>
  object(Socket)#1 (0) {
  }
  [1]=>
  object(Socket)#3 (0) {
  }
}
