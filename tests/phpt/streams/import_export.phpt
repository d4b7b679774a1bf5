--TEST--
socket_import_stream and socket_export_stream share one connection
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
socket_listen($s);
socket_getsockname($s, $addr, $port);
$st = socket_export_stream($s);
var_dump($st, stream_get_meta_data($st));
var_dump(socket_export_stream($s) === $st);
var_dump(stream_socket_get_name($st, false) === "127.0.0.1:$port");
$c = fsockopen('127.0.0.1', $port);
$a = stream_socket_accept($st);
$sock = socket_import_stream($a);
var_dump($sock);
socket_write($sock, "via socket\n");
var_dump(fgets($c));
fwrite($c, "via stream\n");
var_dump(socket_read($sock, 100));
var_dump(socket_export_stream($sock) === $a);
var_dump(socket_get_option($sock, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
var_dump(socket_import_stream($c) instanceof Socket);
$m = fopen('php://memory', 'r');
var_dump(socket_import_stream($m));
var_dump(socket_import_stream(STDERR));
fclose($m);
try {
    socket_import_stream($m);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$u = socket_create(AF_INET, SOCK_DGRAM, 0);
var_dump(stream_get_meta_data(socket_export_stream($u))['stream_type']);
$un = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(stream_get_meta_data(socket_export_stream($un))['stream_type']);
$nb = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_set_nonblock($nb);
$nbs = socket_export_stream($nb);
var_dump(stream_get_meta_data($nbs)['blocked'], stream_get_meta_data($nbs)['stream_type']);
socket_close($sock);
var_dump($a);
try {
    fwrite($a, "x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
socket_close($s);
var_dump(get_resource_type($st));
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$ps = socket_import_stream($pair[0]);
var_dump(socket_write($ps, "pair"), fread($pair[1], 10));
--EXPECTF--
resource(4) of type (stream)
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
bool(true)
bool(true)
object(Socket)#2 (0) {
}
string(11) "via socket
"
string(11) "via stream
"
bool(true)
bool(true)
bool(true)

Warning: socket_import_stream(): Cannot represent a stream of type MEMORY as a Socket Descriptor in %s on line 22
bool(false)

Warning: socket_import_stream(): Cannot represent a stream of type STDIO as a Socket Descriptor in %s on line 23
bool(false)
socket_import_stream(): supplied resource is not a valid stream resource
string(10) "udp_socket"
string(11) "unix_socket"
bool(false)
string(10) "udg_socket"
resource(6) of type (Unknown)
fwrite(): supplied resource is not a valid stream resource
string(7) "Unknown"
int(4)
string(4) "pair"
