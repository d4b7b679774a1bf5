--TEST--
stream_select: by-reference arrays, keys kept, buffered data, timeouts and errors
--FILE--
<?php
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$r = ['x' => $p[1], 5 => $p[0]]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 0));
var_dump($r);
fwrite($p[0], "abc");
$r = ['x' => $p[1], 5 => $p[0]];
var_dump(stream_select($r, $w, $e, 0), $r);
var_dump(fgets($p[1], 2));
// Buffered bytes count as readable at once; the other arrays come back empty.
$r = ['x' => $p[1], 5 => $p[0]]; $w = [7 => $p[0]]; $e = [];
var_dump(stream_select($r, $w, $e, 0, 0));
var_dump($r, $w, $e);
var_dump(fread($p[1], 2));
$r = null; $w = ['w' => $p[0], 'v' => $p[1]];
var_dump(stream_select($r, $w, $e, null), array_keys($w));
$r = [$p[0]]; $w = null;
var_dump(stream_select($r, $w, $e, 0, 200000), $r);
$r = [$p[0]]; $w = null;
var_dump(stream_select($r, $w, $e, 0, 1500000));
$r = []; $w = []; $e = [];
try { stream_select($r, $w, $e, 0); } catch (ValueError $t) { echo $t->getMessage(), "\n"; }
$r = [$p[0]];
try { stream_select($r, $w, $e, -1); } catch (ValueError $t) { echo $t->getMessage(), "\n"; }
try { stream_select($r, $w, $e, 0, -1); } catch (ValueError $t) { echo $t->getMessage(), "\n"; }
try { stream_select($r, $w, $e, null, 5); } catch (ValueError $t) { echo $t->getMessage(), "\n"; }
$m = fopen("php://memory", "r+");
$r = [$m, $p[0]];
var_dump(stream_select($r, $w, $e, 0), $r);
$r = [$m];
try { stream_select($r, $w, $e, 0); } catch (ValueError $t) { echo $t->getMessage(), "\n"; }
$r = [1, $p[0]];
try { stream_select($r, $w, $e, 0); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
$r = [STDIN];
var_dump(is_int(stream_select($r, $w, $e, 0)));
--EXPECTF--
int(0)
array(0) {
}
int(1)
array(1) {
  ["x"]=>
  resource(5) of type (stream)
}
string(1) "a"
int(1)
array(1) {
  ["x"]=>
  resource(5) of type (stream)
}
array(0) {
}
array(0) {
}
string(2) "bc"
int(2)
array(2) {
  [0]=>
  string(1) "w"
  [1]=>
  string(1) "v"
}
int(0)
array(0) {
}
int(0)
No stream arrays were passed
stream_select(): Argument #4 ($seconds) must be greater than or equal to 0
stream_select(): Argument #5 ($microseconds) must be greater than or equal to 0
stream_select(): Argument #5 ($microseconds) must be null when argument #4 ($seconds) is null

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line 29

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line 29
int(0)
array(0) {
}

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line 31
No stream arrays were passed
stream_select(): supplied argument is not a valid stream resource
bool(true)
