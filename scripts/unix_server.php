<?php
// A server on a Unix domain socket (AF_UNIX): like TCP, but the address is a file path,
// and only processes on this machine can connect. Each line a client sends is answered
// with the line reversed; clients are served one after another.
//
//   php unix_server.php path [clients]
//
// path     where to create the socket file, e.g. /tmp/demo.sock
// clients  stop after serving this many clients (default 0: run forever)
//
// Try it with `nc -U /tmp/demo.sock` (or `socat - UNIX-CONNECT:/tmp/demo.sock`).

if (!isset($argv[1])) {
    echo "usage: php unix_server.php path [clients]\n";
    exit(2);
}
$path = $argv[1];
$limit = (int) ($argv[2] ?? 0);

// bind() fails if the file exists, and the file outlives the server: a previous run may
// have left one behind. Remove it, but only if it really is a socket.
if (file_exists($path)) {
    if (filetype($path) !== 'socket') {
        echo "$path exists and is not a socket\n";
        exit(1);
    }
    unlink($path);
}

// For AF_UNIX the protocol is 0.
$server = socket_create(AF_UNIX, SOCK_STREAM, 0);
if (!socket_bind($server, $path) || !socket_listen($server, 5)) {
    echo 'cannot listen: ', socket_strerror(socket_last_error($server)), "\n";
    exit(1);
}
socket_getsockname($server, $address);
echo "listening on $address\n";
flush(); // whoever started us is waiting for the banner

$served = 0;
while ($limit === 0 || $served < $limit) {
    $client = socket_accept($server);
    if ($client === false) {
        break;
    }
    $served++;
    // Collect bytes until a whole line is there, answer it, keep the rest for later.
    $pending = '';
    while (($data = socket_read($client, 4096)) !== false && $data !== '') {
        $pending .= $data;
        while (($end = strpos($pending, "\n")) !== false) {
            $reply = strrev(substr($pending, 0, $end)) . "\n";
            $pending = substr($pending, $end + 1);
            socket_write($client, $reply);
        }
    }
    socket_close($client);
}

socket_close($server);
// Closing the socket does not remove its file: do it ourselves.
unlink($path);
echo "served $served clients\n";
