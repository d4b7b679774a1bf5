--TEST--
socket_select: readable and writable sets, keys preserved, return counts
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p1);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p2);
$read = ['first' => $p1[1], 7 => $p2[1]];
$write = null;
$except = null;
var_dump(socket_select($read, $write, $except, 0));
var_dump($read);
socket_write($p2[0], "wake");
$read = ['first' => $p1[1], 7 => $p2[1]];
var_dump(socket_select($read, $write, $except, 1));
var_dump(array_keys($read), $read[7] === $p2[1]);
$read = [$p1[1], $p2[1]];
$write = ['w' => $p1[0]];
var_dump(socket_select($read, $write, $except, 0, 500));
var_dump(array_keys($read), array_keys($write));
$read = [$p2[1]];
$write = [$p2[1]];
$except = [$p2[1]];
var_dump(socket_select($read, $write, $except, 0));
var_dump(count($read), count($write), count($except));
--EXPECT--
int(0)
array(0) {
}
int(1)
array(1) {
  [0]=>
  int(7)
}
bool(true)
int(2)
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  string(1) "w"
}
int(2)
int(1)
int(1)
int(0)
