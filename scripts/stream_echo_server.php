<?php
// A TCP echo server built on PHP's stream functions instead of ext/sockets:
// stream_socket_server() listens, stream_select() waits on all clients at once, and
// fread()/fwrite() move the bytes. Every byte a client sends comes straight back to it.
//
//   php stream_echo_server.php [port] [clients]
//
// port    TCP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
// clients stop after this many clients have disconnected (default 0: run forever)
//
// Try it with `nc 127.0.0.1 PORT`, or from PHP:
//   $c = stream_socket_client('tcp://127.0.0.1:PORT'); fwrite($c, "hi\n"); echo fgets($c);

$port = (int) ($argv[1] ?? 0);
$maxClients = (int) ($argv[2] ?? 0);

$server = stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr);
if ($server === false) {
    echo "cannot listen: $errstr ($errno)\n";
    exit(1);
}
// The banner shows before the first stream_select() blocks.
echo 'listening on ', stream_socket_get_name($server, false), "\n";

// Clients are kept under their own keys; stream_select() preserves keys, so the ready
// streams it hands back can be looked up and removed directly.
$clients = [];
$nextId = 1;
$finished = 0;

while (true) {
    $read = $clients;
    $read['server'] = $server;
    $write = null;
    $except = null;
    // null timeout: wait as long as it takes for a client or a new connection.
    if (stream_select($read, $write, $except, null) === false) {
        echo "select failed\n";
        break;
    }
    foreach ($read as $key => $stream) {
        if ($key === 'server') {
            // select said a connection is waiting, so accepting does not block.
            $client = stream_socket_accept($server, 0);
            if ($client !== false) {
                $clients['c' . $nextId++] = $client;
            }
            continue;
        }
        $data = fread($stream, 8192);
        if ($data === false || $data === '') {
            // Readable but nothing to read: the peer closed (or the connection broke).
            fclose($stream);
            unset($clients[$key]);
            $finished++;
            if ($maxClients > 0 && $finished >= $maxClients) {
                break 2;
            }
            continue;
        }
        // fwrite() may take only part of the data: keep writing the rest.
        while ($data !== '') {
            $sent = fwrite($stream, $data);
            if ($sent === false || $sent === 0) {
                break;
            }
            $data = (string) substr($data, $sent);
        }
    }
}

foreach ($clients as $client) {
    fclose($client);
}
fclose($server);
echo "served $finished clients\n";
