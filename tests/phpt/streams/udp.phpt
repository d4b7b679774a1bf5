--TEST--
UDP streams: udp:// server and client, recvfrom/sendto with addresses and flags, fsockopen udp
--FILE--
<?php
$u = stream_socket_server("udp://127.0.0.1:0", $en, $es, STREAM_SERVER_BIND);
$un = stream_socket_get_name($u, false);
$c = stream_socket_client("udp://$un", $en, $es);
var_dump(stream_get_meta_data($c)['stream_type']);
var_dump(fwrite($c, "ping"));
var_dump(stream_socket_recvfrom($u, 100, 0, $from), $from === stream_socket_get_name($c, false));
var_dump(stream_socket_sendto($u, "pong", 0, $from));
var_dump(fread($c, 100));
var_dump(stream_socket_sendto($u, "pong", STREAM_OOB, $from));
var_dump(stream_socket_sendto($u, "x", 0, "bad"));
var_dump(stream_socket_sendto($u, "x", 0, "[::1"));
fwrite($c, "peekme");
var_dump(stream_socket_recvfrom($u, 100, STREAM_PEEK));
var_dump(stream_socket_recvfrom($u, 4));
$port = explode(':', $un)[1];
$c2 = fsockopen("udp://127.0.0.1", $port, $en, $es);
var_dump($c2, $en, $es, fwrite($c2, "z"), fread($u, 10));
stream_set_blocking($u, false);
var_dump(stream_socket_recvfrom($u, 10));
var_dump(fread($u, 10));
try {
    stream_socket_recvfrom($u, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(stream_socket_sendto($c, ""));
--EXPECTF--
string(10) "udp_socket"
int(4)
string(4) "ping"
bool(true)
int(4)
string(4) "pong"

Warning: stream_socket_sendto(): Operation not supported
 in %s on line 10
int(-1)

Warning: stream_socket_sendto(): Failed to parse `bad' into a valid network address in %s on line 11
bool(false)

Warning: stream_socket_sendto(): Failed to parse `[::1' into a valid network address in %s on line 12
bool(false)
string(6) "peekme"
string(4) "peek"
resource(7) of type (stream)
int(0)
string(0) ""
int(1)
string(1) "z"
bool(false)
string(0) ""
stream_socket_recvfrom(): Argument #2 ($length) must be greater than 0
int(0)
