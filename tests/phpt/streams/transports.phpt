--TEST--
Transports: the list, names that are not transports, ssl:// and tls:// refused, UDP errors without notices
--FILE--
<?php
var_dump(stream_get_transports());
$x = stream_socket_client("ssl://127.0.0.1:1", $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("tls://127.0.0.1:1", $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("TCP://127.0.0.1:1", $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("tcp://127.0.0.1:abc", $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("udp://127.0.0.1:1", $en, $es, 1);
var_dump($x, $en, $es, fwrite($x, "x"));
usleep(50000);
var_dump(fread($x, 10));
var_dump(fwrite($x, "x"));
$m = fopen("php://memory", "r");
var_dump($m);
--EXPECTF--
array(10) {
  [0]=>
  string(3) "tcp"
  [1]=>
  string(3) "udp"
  [2]=>
  string(4) "unix"
  [3]=>
  string(3) "udg"
  [4]=>
  string(3) "ssl"
  [5]=>
  string(3) "tls"
  [6]=>
  string(7) "tlsv1.0"
  [7]=>
  string(7) "tlsv1.1"
  [8]=>
  string(7) "tlsv1.2"
  [9]=>
  string(7) "tlsv1.3"
}

Warning: stream_socket_client(): Unable to connect to ssl://127.0.0.1:1 (Connection refused) in %s on line 3
bool(false)
int(111)
string(18) "Connection refused"

Warning: stream_socket_client(): Unable to connect to tls://127.0.0.1:1 (Connection refused) in %s on line 5
bool(false)
int(111)
string(18) "Connection refused"

Warning: stream_socket_client(): Unable to connect to TCP://127.0.0.1:1 (Unable to find the socket transport "TCP" - did you forget to enable it when you configured PHP?) in %s on line 7
bool(false)
int(0)
string(96) "Unable to find the socket transport "TCP" - did you forget to enable it when you configured PHP?"

Warning: stream_socket_client(): Unable to connect to tcp://127.0.0.1:abc (Connection refused) in %s on line 9
bool(false)
int(111)
string(18) "Connection refused"
resource(8) of type (stream)
int(0)
string(0) ""
int(1)
bool(false)
int(1)
resource(9) of type (stream)
