--TEST--
stream_socket_server failures and flags
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0", $en, $es);
$name = stream_socket_get_name($srv, false);
$x = stream_socket_server("tcp://$name", $en, $es);
var_dump($x, $en, $es === "Address already in use");
$x = stream_socket_server("bogus://x", $en, $es);
var_dump($x, $en, $es);
$x = stream_socket_server("udp://127.0.0.1:0", $en, $es);
var_dump($x, $en, $es);
$x = stream_socket_server("tcp://127.0.0.1", $en, $es);
var_dump($x, $en, $es);
$x = stream_socket_server("tcp://192.0.2.1:0", $en, $es);
var_dump($x, $en, $es);
$u = stream_socket_server("udp://127.0.0.1:0", $en, $es, STREAM_SERVER_BIND);
var_dump($u, $en, $es, stream_get_meta_data($u)['stream_type']);
var_dump((bool) preg_match('/^127\.0\.0\.1:\d+$/', stream_socket_get_name($u, false)));
var_dump(stream_socket_get_name($u, true));
$m = fopen("php://memory", "r+");
var_dump(stream_socket_accept($m));
var_dump(stream_socket_get_name($m, false));
$t = stream_socket_accept($srv, 0);
var_dump($t);
$t = stream_socket_accept($srv, 0.2, $peer);
var_dump($t, isset($peer));
try {
    stream_socket_accept("x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
fclose($srv);
try {
    stream_socket_accept($srv);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--

Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1:%d (Address already in use) in %s on line 4
bool(false)
int(0)
bool(true)

Warning: stream_socket_server(): Unable to connect to bogus://x (Unable to find the socket transport "bogus" - did you forget to enable it when you configured PHP?) in %s on line 6
bool(false)
int(0)
string(98) "Unable to find the socket transport "bogus" - did you forget to enable it when you configured PHP?"

Warning: stream_socket_server(): Unable to connect to udp://127.0.0.1:0 (Unknown error) in %s on line 8
bool(false)
int(0)
string(0) ""

Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1 (Failed to parse address "127.0.0.1") in %s on line 10
bool(false)
int(0)
string(35) "Failed to parse address "127.0.0.1""

Warning: stream_socket_server(): Unable to connect to tcp://192.0.2.1:0 (Cannot assign requested address) in %s on line 12
bool(false)
int(0)
string(31) "Cannot assign requested address"
resource(10) of type (stream)
int(0)
string(0) ""
string(10) "udp_socket"
bool(true)
bool(false)

Warning: stream_socket_accept(): Accept failed: Unknown error in %s on line 19
bool(false)
bool(false)

Warning: stream_socket_accept(): Accept failed: Connection timed out in %s on line 21
bool(false)

Warning: stream_socket_accept(): Accept failed: Connection timed out in %s on line 23
bool(false)
bool(false)
stream_socket_accept(): Argument #1 ($socket) must be of type resource, string given
stream_socket_accept(): supplied resource is not a valid stream resource
