<?php
// A UDP server: every datagram it receives is sent back to its sender in upper case.
// UDP has no connections: socket_recvfrom() tells us who sent each datagram, and
// socket_sendto() addresses the reply to them.
//
//   php udp_server.php [port] [datagrams]
//
// port       UDP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
// datagrams  stop after answering this many datagrams (default 0: run forever)
//
// Try it with scripts/udp_client.php, or `nc -u 127.0.0.1 PORT`.

$port = (int) ($argv[1] ?? 0);
$limit = (int) ($argv[2] ?? 0);

$server = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
if ($server === false || !socket_bind($server, '127.0.0.1', $port)) {
    echo 'cannot bind: ', socket_strerror(socket_last_error()), "\n";
    exit(1);
}
socket_getsockname($server, $address, $port);
echo "listening on udp $address:$port\n";
flush(); // whoever started us is waiting for the port

$answered = 0;
while ($limit === 0 || $answered < $limit) {
    // Blocks until a datagram arrives; a datagram longer than 65535 bytes cannot exist.
    $bytes = socket_recvfrom($server, $data, 65535, 0, $fromAddress, $fromPort);
    if ($bytes === false) {
        echo 'socket_recvfrom failed: ', socket_strerror(socket_last_error($server)), "\n";
        break;
    }
    // One datagram in, one datagram out: a datagram is sent whole or not at all.
    $reply = strtoupper($data);
    if (socket_sendto($server, $reply, strlen($reply), 0, $fromAddress, $fromPort) === false) {
        echo 'socket_sendto failed: ', socket_strerror(socket_last_error($server)), "\n";
        break;
    }
    $answered++;
}

socket_close($server);
echo "answered $answered datagrams\n";
