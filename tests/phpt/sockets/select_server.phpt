--TEST--
socket_select driving a listening socket and several non-blocking clients in one script
--FILE--
<?php
$srv = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($srv, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($srv, '127.0.0.1', 0);
socket_listen($srv, 16);
socket_getsockname($srv, $addr, $port);
$clients = [];
for ($i = 0; $i < 5; $i++) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, '127.0.0.1', $port);
    socket_write($c, "client $i\n");
    $clients[] = $c;
}
$conns = [];
$got = [];
$n = null;
for ($round = 0; $round < 50 && count($got) < 5; $round++) {
    $read = array_merge([$srv], $conns);
    if (socket_select($read, $n, $n, 1) < 1) {
        continue;
    }
    foreach ($read as $s) {
        if ($s === $srv) {
            $conns[] = socket_accept($srv);
        } else {
            $line = socket_read($s, 100, PHP_NORMAL_READ);
            $got[] = $line;
            socket_write($s, "echo: " . $line);
        }
    }
}
sort($got);
echo implode('', $got);
foreach ($clients as $c) {
    echo socket_read($c, 100);
    socket_close($c);
}
foreach ($conns as $c) {
    socket_close($c);
}
socket_close($srv);
--EXPECT--
client 0
client 1
client 2
client 3
client 4
echo: client 0
echo: client 1
echo: client 2
echo: client 3
echo: client 4
