--TEST--
stream contexts with socket options; asynchronous connect; persistent streams
--FILE--
<?php
$sctx = stream_context_create(['socket' => ['backlog' => 4, 'so_reuseport' => true]]);
$srv = stream_socket_server("tcp://127.0.0.1:0", $en, $es, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $sctx);
var_dump($sctx, $srv);
$name = stream_socket_get_name($srv, false);
var_dump(socket_get_option(socket_import_stream($srv), SOL_SOCKET, SO_REUSEPORT) > 0);
$ctx = stream_context_create(['socket' => ['bindto' => '127.0.0.1:0', 'tcp_nodelay' => true]]);
$b = stream_socket_client("tcp://$name", $en, $es, 1, STREAM_CLIENT_CONNECT, $ctx);
var_dump($b);
var_dump(explode(':', stream_socket_get_name($b, false))[0]);
var_dump(socket_get_option(socket_import_stream($b), SOL_TCP, TCP_NODELAY) > 0);
$ctx = stream_context_create(['socket' => ['bindto' => '192.0.2.1:0']]);
$b = stream_socket_client("tcp://$name", $en, $es, 1, STREAM_CLIENT_CONNECT, $ctx);
var_dump($b, $en, $es);
$a = stream_socket_client("tcp://$name", $en, $es, 1, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
var_dump($a, stream_get_meta_data($a)['blocked']);
$w = [$a]; $r = null; $e = null;
var_dump(stream_select($r, $w, $e, 1), count($w));
var_dump(fwrite($a, "async\n"));
for ($i = 0; $i < 3; $i++) {
    $conn = stream_socket_accept($srv, 1);
}
var_dump(fgets($conn));
[$host, $port] = explode(':', $name);
$p = pfsockopen($host, $port, $en, $es, 2.5);
var_dump($p, get_resource_type($p));
var_dump(stream_get_meta_data($p)['stream_type']);
$f = fsockopen($host, (int) $port);
var_dump($f, get_resource_type($f));
$q = stream_socket_client("tcp://$name", $en, $es, 1, STREAM_CLIENT_CONNECT | STREAM_CLIENT_PERSISTENT);
var_dump(get_resource_type($q));
--EXPECTF--
resource(4) of type (stream-context)
resource(5) of type (stream)
bool(true)
resource(7) of type (stream)
string(9) "127.0.0.1"
bool(true)

Warning: stream_socket_client(): Failed to bind to '192.0.2.1:0', system said: Cannot assign requested address in %s on line 13
resource(9) of type (stream)
int(0)
string(0) ""
resource(11) of type (stream)
bool(true)
int(1)
int(1)
int(6)
string(6) "async
"
resource(15) of type (persistent stream)
string(17) "persistent stream"
string(14) "tcp_socket/ssl"
resource(16) of type (stream)
string(6) "stream"
string(17) "persistent stream"
