--TEST--
A TCP echo exchange over loopback in one process, tutorial style
--FILE--
<?php
error_reporting(E_ALL);
/* A small TCP echo exchange inside one process. */
$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($server === false) {
    echo "socket_create() failed: reason: " . socket_strerror(socket_last_error()) . "\n";
    exit(1);
}
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', 0)) {
    echo "socket_bind() failed: " . socket_strerror(socket_last_error($server)) . "\n";
}
socket_getsockname($server, $addr, $port);
echo "bound to $addr, port is ", $port > 0 ? "set" : "zero", "\n";
var_dump(socket_listen($server, 5));
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($client, $addr, $port));
$conn = socket_accept($server);
var_dump($conn instanceof Socket);
$msg = "Hello server!\n";
$sent = socket_write($client, $msg, strlen($msg));
echo "sent $sent bytes\n";
$buf = socket_read($conn, 2048, PHP_NORMAL_READ);
echo "server got: ", trim($buf), "\n";
socket_write($conn, strtoupper($buf));
$reply = '';
while (($n = socket_recv($client, $chunk, 1024, 0)) > 0) {
    $reply .= $chunk;
    if (str_ends_with($reply, "\n")) break;
}
echo "client got: $reply";
socket_getpeername($conn, $peer);
echo "peer: $peer\n";
socket_shutdown($client, 1);
var_dump(socket_read($conn, 10));
socket_close($client);
socket_close($conn);
socket_close($server);
try { socket_write($server, "x"); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo "done\n";

?>
--EXPECT--
bound to 127.0.0.1, port is set
bool(true)
bool(true)
bool(true)
sent 14 bytes
server got: Hello server!
client got: HELLO SERVER!
peer: 127.0.0.1
string(0) ""
Error: socket_write(): Argument #1 ($socket) has already been closed
done
