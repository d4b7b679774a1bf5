--TEST--
stream_socket_client without STREAM_CLIENT_CONNECT: a stream with no socket
--FILE--
<?php
$x = stream_socket_client("tcp://127.0.0.1:1", $en, $es, 1, 0);
var_dump($x, $en, $es);
var_dump(stream_get_meta_data($x));
var_dump(fwrite($x, "a"));
var_dump(fread($x, 1));
var_dump(stream_socket_get_name($x, false));
var_dump(feof($x));
$r = [$x]; $w = null; $e = null;
try { stream_select($r, $w, $e, 0); } catch (ValueError $t) { echo $t->getMessage(), "\n"; }
$x = stream_socket_client("bogus://127.0.0.1:1", $en, $es, 1, 0);
var_dump($x);
--EXPECTF--
resource(5) of type (stream)
int(0)
string(0) ""
array(7) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["stream_type"]=>
  string(14) "tcp_socket/ssl"
  ["mode"]=>
  string(2) "r+"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
}
int(0)
bool(false)
bool(false)
bool(true)
No stream arrays were passed

Warning: stream_socket_client(): Unable to connect to bogus://127.0.0.1:1 (Unable to find the socket transport "bogus" - did you forget to enable it when you configured PHP?) in %s on line 11
bool(false)
