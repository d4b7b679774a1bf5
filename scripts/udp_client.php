<?php
// A UDP client for scripts/udp_server.php: sends each message as one datagram and prints
// the reply. UDP may lose datagrams, so every wait for a reply is bounded by a timeout.
//
//   php udp_client.php port [message ...]
//
// Without messages it sends "hello" and "udp".

if (!isset($argv[1])) {
    echo "usage: php udp_client.php port [message ...]\n";
    exit(2);
}
$port = (int) $argv[1];
$messages = array_slice($argv, 2);
if ($messages === []) {
    $messages = ['hello', 'udp'];
}

$socket = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
// Give up on a reply after two seconds instead of blocking forever.
socket_set_option($socket, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);

$lost = 0;
foreach ($messages as $message) {
    socket_sendto($socket, $message, strlen($message), 0, '127.0.0.1', $port);
    // The reply could come from anyone: check that it is from the server.
    $bytes = @socket_recvfrom($socket, $reply, 65535, 0, $from, $fromPort);
    if ($bytes === false) {
        echo "no reply to '$message'\n";
        $lost++;
        continue;
    }
    if ($fromPort !== $port) {
        echo "ignoring a datagram from $from:$fromPort\n";
        continue;
    }
    echo "$message -> $reply\n";
}
socket_close($socket);
exit($lost === 0 ? 0 : 1);
