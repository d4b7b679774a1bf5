--TEST--
stream_socket_server/client/accept over TCP loopback: names, data, metadata, resources
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
var_dump($srv, $errno, $errstr, get_resource_type($srv));
$name = stream_socket_get_name($srv, false);
var_dump((bool) preg_match('/^127\.0\.0\.1:\d+$/', $name));
var_dump(stream_socket_get_name($srv, true));
var_dump(stream_get_meta_data($srv));
$c = stream_socket_client("tcp://$name", $errno, $errstr, 5);
var_dump($c, $errno, $errstr);
$a = stream_socket_accept($srv, 1, $peer);
var_dump($a);
var_dump($peer === stream_socket_get_name($c, false));
var_dump(stream_socket_get_name($a, false) === $name);
var_dump(stream_socket_get_name($c, true) === $name);
var_dump(fwrite($c, "hello\nworld\n"));
var_dump(fgets($a));
var_dump(stream_get_meta_data($a)['unread_bytes']);
var_dump(fgets($a));
var_dump(fwrite($a, "reply"), fflush($a));
var_dump(fread($c, 100));
var_dump(stream_is_local($c));
var_dump(fclose($c));
var_dump($c, get_resource_type($c));
var_dump(fread($a, 10), feof($a));
var_dump(stream_get_meta_data($a));
try {
    fwrite($c, "x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$b = stream_socket_server("127.0.0.1:0");
var_dump(stream_get_meta_data($b)['stream_type']);
$six = stream_socket_server("tcp://[::1]:0", $errno, $errstr);
if ($six) {
    $n6 = stream_socket_get_name($six, false);
    var_dump((bool) preg_match('/^\[::1\]:\d+$/', $n6));
    $c6 = stream_socket_client("tcp://$n6");
    $a6 = stream_socket_accept($six);
    fwrite($c6, "v6\n");
    var_dump(fgets($a6), stream_socket_get_name($c6, true) === $n6);
}
--EXPECT--
resource(5) of type (stream)
int(0)
string(0) ""
string(6) "stream"
bool(true)
bool(false)
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
resource(6) of type (stream)
int(0)
string(0) ""
resource(7) of type (stream)
bool(true)
bool(true)
bool(true)
int(12)
string(6) "hello
"
int(6)
string(6) "world
"
int(5)
bool(true)
string(5) "reply"
bool(false)
bool(true)
resource(6) of type (Unknown)
string(7) "Unknown"
string(0) ""
bool(true)
array(7) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(true)
  ["stream_type"]=>
  string(14) "tcp_socket/ssl"
  ["mode"]=>
  string(2) "r+"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
}
fwrite(): supplied resource is not a valid stream resource
string(14) "tcp_socket/ssl"
bool(true)
string(3) "v6
"
bool(true)
