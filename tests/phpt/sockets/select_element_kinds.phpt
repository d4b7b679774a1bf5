--TEST--
socket_select: element kinds (objects of other classes, scalars, references, closed sockets) and a copied array grown by one
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "x");
$s = $p[0];
$arrs = [[new stdClass], [1], [$p[1], "str"], ['k' => &$s], [$p[1]]];
foreach ($arrs as $i => $r) {
    $w = null; $e = null;
    try { var_dump(socket_select($r, $w, $e, 0), $r); } catch (Throwable $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
}
socket_close($p[1]);
$r = [$p[0], $p[1]];
try { socket_select($r, $w, $e, 0); } catch (Throwable $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
$c = $p + ['x' => 5];
$r = $c; $r[] = $p[0];
var_dump(count($r), array_keys($r));
--EXPECT--
TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, stdClass given
TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, int given
TypeError: socket_select(): Argument #1 ($read) must only have elements of type Socket, string given
int(1)
array(1) {
  ["k"]=>
  object(Socket)#1 (0) {
  }
}
int(0)
array(0) {
}
TypeError: socket_select(): Argument #1 ($read) contains a closed socket
int(4)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  string(1) "x"
  [3]=>
  int(2)
}
