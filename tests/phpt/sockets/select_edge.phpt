--TEST--
socket_select edge cases: negative timeouts, the same socket under two keys, references, argument count
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$n = null;
$r = [$p[1]];
var_dump(socket_select($r, $n, $n, -1));
$r = [$p[1]];
var_dump(socket_select($r, $n, $n, 0, -5));
var_dump($r);
$r = ['a' => $p[1], 'b' => $p[1]];
socket_write($p[0], "x");
var_dump(socket_select($r, $n, $n, 0), $r);
$r = [$p[1]];
try { var_dump(socket_select($r, $n, $n)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$x = [$p[1]]; $y = [&$x[0]];
var_dump(socket_select($y, $n, $n, 0));
--EXPECTF--

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line 5
bool(false)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line 7
bool(false)
array(1) {
  [0]=>
  object(Socket)#2 (0) {
  }
}
int(1)
array(2) {
  ["a"]=>
  object(Socket)#2 (0) {
  }
  ["b"]=>
  object(Socket)#2 (0) {
  }
}
ArgumentCountError: socket_select() expects at least 4 arguments, 3 given
int(1)
