<?php
// A TCP client for scripts/echo_server.php: sends each message as a line and prints what
// comes back.
//
//   php echo_client.php PORT [message...]
//
// Without messages it sends "hello" and "world".

if (!isset($argv[1])) {
    echo "usage: php echo_client.php PORT [message...]\n";
    exit(2);
}
$port = (int) $argv[1];
$messages = array_slice($argv, 2);
if (!$messages) {
    $messages = ['hello', 'world'];
}

$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if (!socket_connect($socket, '127.0.0.1', $port)) {
    echo 'cannot connect: ', socket_strerror(socket_last_error($socket)), "\n";
    exit(1);
}

foreach ($messages as $message) {
    socket_write($socket, "$message\n");
    // PHP_NORMAL_READ returns one line at a time, up to and including "\n".
    $reply = socket_read($socket, 8192, PHP_NORMAL_READ);
    if ($reply === false || $reply === '') {
        echo "server went away\n";
        break;
    }
    echo 'echo: ', $reply;
}

socket_shutdown($socket);
socket_close($socket);
