<?php
// A TCP echo server built on socket_select(): it serves many clients at once from one
// process and sends every byte it receives straight back to its sender.
//
//   php echo_server.php [port] [clients]
//
// port    TCP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
// clients stop after this many clients have disconnected (default 0: run forever)
//
// Try it with scripts/echo_client.php, or `nc 127.0.0.1 PORT`.

$port = (int) ($argv[1] ?? 0);
$maxClients = (int) ($argv[2] ?? 0);

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, SOMAXCONN)) {
    echo 'cannot listen: ', socket_strerror(socket_last_error($server)), "\n";
    exit(1);
}
socket_getsockname($server, $address, $port);
echo "listening on $address:$port\n";

// Clients are kept under their own keys; socket_select() preserves keys, so the ready
// sockets it hands back can be looked up and removed directly.
$clients = [];
$nextId = 1;
$finished = 0;

while (true) {
    $read = $clients;
    $read['server'] = $server;
    $write = null;
    $except = null;
    if (socket_select($read, $write, $except, null) === false) {
        echo 'select failed: ', socket_strerror(socket_last_error()), "\n";
        break;
    }
    foreach ($read as $key => $socket) {
        if ($key === 'server') {
            $client = socket_accept($server);
            if ($client !== false) {
                $clients['c' . $nextId++] = $client;
            }
            continue;
        }
        $data = socket_read($socket, 8192);
        if ($data === false || $data === '') {
            // The peer closed (''), or the connection broke (false).
            socket_close($socket);
            unset($clients[$key]);
            $finished++;
            if ($maxClients > 0 && $finished >= $maxClients) {
                break 2;
            }
            continue;
        }
        // socket_write() may take only part of the data: keep writing the rest.
        while ($data !== '') {
            $sent = socket_write($socket, $data);
            if ($sent === false) {
                break;
            }
            $data = (string) substr($data, $sent);
        }
    }
}

foreach ($clients as $client) {
    socket_close($client);
}
socket_close($server);
echo "served $finished clients\n";
