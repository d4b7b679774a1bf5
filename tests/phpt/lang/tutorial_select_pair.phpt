--TEST--
socket_select over a socket pair, refused connections and bad addresses
--FILE--
<?php
// socket_select over a pair of connected sockets
$pair = [];
if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
    die("socket_create_pair failed: " . socket_strerror(socket_last_error()));
}
[$a, $b] = $pair;
socket_write($a, "line one\nline two\n");
$read = [$b]; $write = null; $except = null;
$changed = socket_select($read, $write, $except, 1);
echo "changed: $changed\n";
echo socket_read($b, 1024, PHP_NORMAL_READ);
echo socket_read($b, 1024, PHP_NORMAL_READ);
$read = [$b]; $write = [$a]; $except = [];
var_dump(socket_select($read, $write, $except, 0, 1000), count($read), count($write));
socket_close($a);
$read = [$b]; $w = $e = null;
socket_select($read, $w, $e, 1);
var_dump(socket_read($b, 100));
socket_close($b);
$conn = @socket_connect(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), '127.0.0.1', 1);
var_dump($conn, socket_strerror(socket_last_error()));
var_dump(socket_strerror(SOCKET_ECONNREFUSED));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '256.1.1.1', 80));

?>
--EXPECTF--
changed: 1
line one
line two
int(1)
int(0)
int(1)
string(0) ""
bool(false)
string(18) "Connection refused"
string(18) "Connection refused"

Warning: socket_bind(): Host lookup failed [-10000]: Unknown error -10000 in %s on line 25
bool(false)
