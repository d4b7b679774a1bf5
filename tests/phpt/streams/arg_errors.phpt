--TEST--
Socket stream functions: TypeError/ValueError/ArgumentCountError texts and closed resources
--FILE--
<?php
$calls = [
    fn() => stream_socket_get_name("x", false),
    fn() => stream_socket_get_name(STDIN),
    fn() => stream_socket_accept(1),
    fn() => stream_socket_recvfrom(null, 1),
    fn() => stream_socket_sendto([], "x"),
    fn() => stream_socket_shutdown(1.5, 0),
    fn() => stream_socket_pair("a", 1, 0),
    fn() => stream_socket_server(),
    fn() => stream_socket_client("tcp://127.0.0.1:1", $a, $b, "soon"),
    fn() => fsockopen("127.0.0.1", "eighty"),
    fn() => stream_select($x, $y),
    fn() => socket_export_stream(STDIN),
    fn() => stream_set_chunk_size(STDIN, -5),
];
foreach ($calls as $i => $f) {
    try {
        var_dump($f());
    } catch (Throwable $t) {
        echo $i, ': ', get_class($t), ': ', $t->getMessage(), "\n";
    }
}
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fclose($p[0]);
foreach ([
    fn() => stream_socket_get_name($p[0], true),
    fn() => stream_socket_recvfrom($p[0], 10),
    fn() => stream_socket_sendto($p[0], "x"),
    fn() => stream_socket_shutdown($p[0], STREAM_SHUT_RD),
    fn() => stream_set_blocking($p[0], false),
    fn() => stream_get_meta_data($p[0]),
    fn() => socket_import_stream($p[0]),
    fn() => feof($p[0]),
] as $i => $f) {
    try {
        var_dump($f());
    } catch (Throwable $t) {
        echo $i, ': ', get_class($t), ': ', $t->getMessage(), "\n";
    }
}
$ctx = stream_context_create();
try {
    stream_socket_get_name($ctx, false);
} catch (TypeError $t) {
    echo $t->getMessage(), "\n";
}
--EXPECT--
0: TypeError: stream_socket_get_name(): Argument #1 ($socket) must be of type resource, string given
1: ArgumentCountError: stream_socket_get_name() expects exactly 2 arguments, 1 given
2: TypeError: stream_socket_accept(): Argument #1 ($socket) must be of type resource, int given
3: TypeError: stream_socket_recvfrom(): Argument #1 ($socket) must be of type resource, null given
4: TypeError: stream_socket_sendto(): Argument #1 ($socket) must be of type resource, array given
5: TypeError: stream_socket_shutdown(): Argument #1 ($stream) must be of type resource, float given
6: TypeError: stream_socket_pair(): Argument #1 ($domain) must be of type int, string given
7: ArgumentCountError: stream_socket_server() expects at least 1 argument, 0 given
8: TypeError: stream_socket_client(): Argument #4 ($timeout) must be of type ?float, string given
9: TypeError: fsockopen(): Argument #2 ($port) must be of type int, string given
10: ArgumentCountError: stream_select() expects at least 4 arguments, 2 given
11: TypeError: socket_export_stream(): Argument #1 ($socket) must be of type Socket, resource given
12: ValueError: stream_set_chunk_size(): Argument #2 ($size) must be greater than 0
0: TypeError: stream_socket_get_name(): supplied resource is not a valid stream resource
1: TypeError: stream_socket_recvfrom(): supplied resource is not a valid stream resource
2: TypeError: stream_socket_sendto(): supplied resource is not a valid stream resource
3: TypeError: stream_socket_shutdown(): supplied resource is not a valid stream resource
4: TypeError: stream_set_blocking(): supplied resource is not a valid stream resource
5: TypeError: stream_get_meta_data(): supplied resource is not a valid stream resource
6: TypeError: socket_import_stream(): supplied resource is not a valid stream resource
7: TypeError: feof(): supplied resource is not a valid stream resource
stream_socket_get_name(): supplied resource is not a valid stream resource
