--TEST--
stream_select on STDIN together with a socket pair
--STDIN--
first line
second line
--FILE--
<?php
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$r = ['in' => STDIN, 'sock' => $p[1]]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 5), array_keys($r));
echo fgets(STDIN);
// The rest of standard input is buffered now: STDIN counts as readable at once.
$r = ['sock' => $p[1], 'in' => STDIN];
var_dump(stream_select($r, $w, $e, 0), array_keys($r));
echo fgets(STDIN);
fwrite($p[0], "socket data");
$r = ['sock' => $p[1], 'in' => STDIN];
var_dump(stream_select($r, $w, $e, 0), array_keys($r));
var_dump(fgets(STDIN), feof(STDIN));
--EXPECT--
int(1)
array(1) {
  [0]=>
  string(2) "in"
}
first line
int(1)
array(1) {
  [0]=>
  string(2) "in"
}
second line
int(2)
array(2) {
  [0]=>
  string(4) "sock"
  [1]=>
  string(2) "in"
}
bool(false)
bool(true)
