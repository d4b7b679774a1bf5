<?php
// A line-based chat server on socket_select(): every line a client sends is passed on to
// all the other clients, prefixed with the sender's name.
//
//   php chat_server.php [port] [clients]
//
// port    TCP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
// clients stop after this many clients have left (default 0: run forever)
//
// Connect with `nc 127.0.0.1 PORT` from two terminals. The first line a client sends is
// its name; `/quit` leaves.

$port = (int) ($argv[1] ?? 0);
$stopAfter = (int) ($argv[2] ?? 0);

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, SOMAXCONN)) {
    echo 'cannot listen: ', socket_strerror(socket_last_error($server)), "\n";
    exit(1);
}
socket_getsockname($server, $address, $port);
echo "chat server on $address:$port\n";

$clients = [];   // id => Socket
$names = [];     // id => name, once given
$pending = [];   // id => bytes received but not yet a whole line
$nextId = 1;
$left = 0;

function broadcast(array $clients, int $from, string $line): void
{
    foreach ($clients as $id => $socket) {
        if ($id !== $from) {
            socket_write($socket, $line);
        }
    }
}

function leave(array &$clients, array &$names, array &$pending, int $id): ?string
{
    socket_close($clients[$id]);
    $name = $names[$id] ?? null;
    unset($clients[$id], $names[$id], $pending[$id]);
    return $name;
}

while ($stopAfter === 0 || $left < $stopAfter) {
    $read = $clients;
    $read['server'] = $server;
    $write = $except = null;
    if (socket_select($read, $write, $except, null) === false) {
        echo 'select failed: ', socket_strerror(socket_last_error()), "\n";
        break;
    }
    foreach ($read as $key => $socket) {
        if ($key === 'server') {
            $client = socket_accept($server);
            if ($client !== false) {
                $clients[$nextId] = $client;
                $pending[$nextId] = '';
                socket_write($client, "name?\n");
                $nextId++;
            }
            continue;
        }
        $data = socket_read($socket, 4096);
        if ($data === false || $data === '') {
            $name = leave($clients, $names, $pending, $key);
            if ($name !== null) {
                broadcast($clients, $key, "* $name left\n");
            }
            $left++;
            continue;
        }
        $pending[$key] .= $data;
        while (($end = strpos($pending[$key], "\n")) !== false) {
            $line = rtrim(substr($pending[$key], 0, $end), "\r");
            $pending[$key] = substr($pending[$key], $end + 1);
            if (!isset($names[$key])) {
                $names[$key] = $line === '' ? "guest$key" : $line;
                socket_write($socket, "welcome, {$names[$key]}\n");
                broadcast($clients, $key, "* {$names[$key]} joined\n");
            } elseif ($line === '/quit') {
                $name = leave($clients, $names, $pending, $key);
                broadcast($clients, $key, "* $name left\n");
                $left++;
                break;
            } else {
                broadcast($clients, $key, "{$names[$key]}: $line\n");
            }
        }
    }
}
socket_close($server);
echo "chat server done\n";
