--TEST--
stream_socket_pair: stream and datagram pairs, shutdown, recvfrom/sendto on non-socket streams
--FILE--
<?php
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump($p);
var_dump(stream_get_meta_data($p[0]));
var_dump(stream_socket_get_name($p[0], false), stream_socket_get_name($p[0], true));
var_dump(fwrite($p[0], "line one\nline two\n"));
var_dump(fgets($p[1]), fgets($p[1], 5), fgets($p[1]));
var_dump(stream_socket_shutdown($p[0], STREAM_SHUT_WR));
var_dump(fread($p[1], 10), feof($p[1]));
var_dump(fwrite($p[1], "back"));
var_dump(fread($p[0], 10));
try {
    stream_socket_shutdown($p[0], 7);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$m = fopen("php://memory", "r+");
var_dump(stream_socket_shutdown($m, STREAM_SHUT_RD));
var_dump(stream_socket_sendto($m, "x"));
var_dump(stream_socket_recvfrom($m, 3));
fclose($p[0]);
var_dump($p[0]);
try {
    fread($p[0], 1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(stream_socket_pair(STREAM_PF_INET, STREAM_SOCK_STREAM, 0));
var_dump(stream_socket_pair(99, STREAM_SOCK_STREAM, 0));
$d = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, 0);
var_dump(stream_get_meta_data($d[0])['stream_type']);
var_dump(stream_socket_sendto($d[0], "one"), stream_socket_sendto($d[0], "two"));
var_dump(stream_socket_recvfrom($d[1], 10, STREAM_PEEK, $addr), $addr);
var_dump(stream_socket_recvfrom($d[1], 10), fread($d[1], 100));
var_dump(stream_socket_sendto($d[0], "x", 0, "127.0.0.1:9"));
--EXPECTF--
array(2) {
  [0]=>
  resource(4) of type (stream)
  [1]=>
  resource(5) of type (stream)
}
array(7) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["stream_type"]=>
  string(14) "generic_socket"
  ["mode"]=>
  string(2) "r+"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
}
bool(false)
bool(false)
int(18)
string(9) "line one
"
string(4) "line"
string(5) " two
"
bool(true)
string(0) ""
bool(true)
int(4)
string(4) "back"
stream_socket_shutdown(): Argument #2 ($mode) must be one of STREAM_SHUT_RD, STREAM_SHUT_WR, or STREAM_SHUT_RDWR
bool(false)
int(-1)
bool(false)
resource(4) of type (Unknown)
fread(): supplied resource is not a valid stream resource

Warning: stream_socket_pair(): Failed to create sockets: [95]: Operation not supported in %s on line 28
bool(false)

Warning: stream_socket_pair(): Failed to create sockets: [97]: Address family not supported by protocol in %s on line 29
bool(false)
string(14) "generic_socket"
int(3)
int(3)
string(3) "one"
string(0) ""
string(3) "one"
string(3) "two"

Warning: stream_socket_sendto(): Invalid argument
 in %s on line 35
int(-1)
