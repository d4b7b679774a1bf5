--TEST--
Blocking socket-stream reads in every state: data, nothing yet, end of stream, reset, refused UDP peer, listening socket, empty datagram
--FILE--
<?php
// Blocking reads on socket streams in every state: data waiting, nothing yet (times out),
// end of stream, a reset connection, a refused UDP peer, a listening socket (waits for the
// timeout, as PHP's poll does), and a zero-length datagram.
function meta($s) {
    $m = stream_get_meta_data($s);
    return ($m['timed_out'] ? 'timed_out' : 'in time') . ($m['eof'] ? ', eof' : '');
}
function took($t) {
    return microtime(true) - $t >= 0.15 ? 'waited' : 'at once';
}
$srv = stream_socket_server('tcp://127.0.0.1:0');
$name = stream_socket_get_name($srv, false);
$c = stream_socket_client("tcp://$name");
$a = stream_socket_accept($srv);
stream_set_timeout($a, 0, 200000);

fwrite($c, "hello");
usleep(20000);
$t = microtime(true);
var_dump(fread($a, 100), meta($a), took($t));

$t = microtime(true);
var_dump(fread($a, 100), meta($a), took($t));

fwrite($c, "again");
usleep(20000);
var_dump(fread($a, 3), fread($a, 100), meta($a));

fclose($c);
usleep(20000);
$t = microtime(true);
var_dump(fread($a, 100), meta($a), took($t));
var_dump(fread($a, 100), meta($a));

// A reset connection: SO_LINGER 0 on close sends RST.
$c = stream_socket_client("tcp://$name");
$a2 = stream_socket_accept($srv);
stream_set_timeout($a2, 0, 200000);
$sock = socket_import_stream($c);
socket_set_option($sock, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
fclose($c);
unset($sock);
usleep(20000);
$t = microtime(true);
var_dump(@fread($a2, 100), meta($a2), took($t));
var_dump(fread($a2, 100), meta($a2));

// The listening socket itself.
stream_set_timeout($srv, 0, 200000);
$t = microtime(true);
var_dump(fread($srv, 10), meta($srv), took($t));

// UDP: a refused peer, then a zero-length datagram.
$u = stream_socket_client('udp://127.0.0.1:9');
stream_set_timeout($u, 0, 200000);
fwrite($u, "x");
usleep(20000);
$t = microtime(true);
var_dump(fread($u, 10), meta($u), took($t));
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, 0);
stream_set_timeout($p[0], 0, 200000);
var_dump(socket_send(socket_import_stream($p[1]), '', 0, 0));
$t = microtime(true);
var_dump(fread($p[0], 10), meta($p[0]), took($t));
--EXPECT--
string(5) "hello"
string(7) "in time"
string(7) "at once"
bool(false)
string(9) "timed_out"
string(6) "waited"
string(3) "aga"
string(2) "in"
string(9) "timed_out"
string(0) ""
string(12) "in time, eof"
string(7) "at once"
string(0) ""
string(12) "in time, eof"
bool(false)
string(12) "in time, eof"
string(7) "at once"
string(0) ""
string(12) "in time, eof"
bool(false)
string(9) "timed_out"
string(6) "waited"
bool(false)
string(12) "in time, eof"
string(7) "at once"
int(0)
string(0) ""
string(12) "in time, eof"
string(7) "at once"
