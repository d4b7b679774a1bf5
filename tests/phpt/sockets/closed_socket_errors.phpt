--TEST--
using a closed socket throws "has already been closed" in every function
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
$calls = [
    'socket_close' => fn() => socket_close($s),
    'socket_bind' => fn() => socket_bind($s, '127.0.0.1'),
    'socket_connect' => fn() => socket_connect($s, '127.0.0.1', 80),
    'socket_listen' => fn() => socket_listen($s),
    'socket_accept' => fn() => socket_accept($s),
    'socket_read' => fn() => socket_read($s, 10),
    'socket_write' => fn() => socket_write($s, 'x'),
    'socket_send' => fn() => socket_send($s, 'x', 1, 0),
    'socket_recv' => fn() => socket_recv($s, $buf, 1, 0),
    'socket_sendto' => fn() => socket_sendto($s, 'x', 1, 0, '127.0.0.1', 1),
    'socket_recvfrom' => fn() => socket_recvfrom($s, $buf, 1, 0, $a, $p),
    'socket_getsockname' => fn() => socket_getsockname($s, $a),
    'socket_getpeername' => fn() => socket_getpeername($s, $a),
    'socket_get_option' => fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE),
    'socket_set_option' => fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1),
    'socket_set_block' => fn() => socket_set_block($s),
    'socket_set_nonblock' => fn() => socket_set_nonblock($s),
    'socket_shutdown' => fn() => socket_shutdown($s),
    'socket_last_error' => fn() => socket_last_error($s),
    'socket_clear_error' => fn() => socket_clear_error($s),
    'socket_export_stream' => fn() => socket_export_stream($s),
    'socket_sendmsg' => fn() => socket_sendmsg($s, []),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: no error\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
--EXPECT--
Error: socket_close(): Argument #1 ($socket) has already been closed
Error: socket_bind(): Argument #1 ($socket) has already been closed
Error: socket_connect(): Argument #1 ($socket) has already been closed
Error: socket_listen(): Argument #1 ($socket) has already been closed
Error: socket_accept(): Argument #1 ($socket) has already been closed
Error: socket_read(): Argument #1 ($socket) has already been closed
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_send(): Argument #1 ($socket) has already been closed
Error: socket_recv(): Argument #1 ($socket) has already been closed
Error: socket_sendto(): Argument #1 ($socket) has already been closed
Error: socket_recvfrom(): Argument #1 ($socket) has already been closed
Error: socket_getsockname(): Argument #1 ($socket) has already been closed
Error: socket_getpeername(): Argument #1 ($socket) has already been closed
Error: socket_get_option(): Argument #1 ($socket) has already been closed
Error: socket_set_option(): Argument #1 ($socket) has already been closed
Error: socket_set_block(): Argument #1 ($socket) has already been closed
Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
Error: socket_shutdown(): Argument #1 ($socket) has already been closed
Error: socket_last_error(): Argument #1 ($socket) has already been closed
Error: socket_clear_error(): Argument #1 ($socket) has already been closed
Error: socket_export_stream(): Argument #1 ($socket) has already been closed
Error: socket_sendmsg(): Argument #1 ($socket) has already been closed
