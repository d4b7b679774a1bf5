<?php
// The classic blocking TCP server: one client at a time, one line at a time.
// It follows the shape of the example in PHP's manual: socket_accept() blocks until a
// client arrives, socket_read() with PHP_NORMAL_READ returns one line (it stops at "\n"
// or "\r"), and two commands end the conversation.
//
//   php manual_server.php [port]
//
// port  TCP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
//
// Commands, one per line:
//   quit      close this connection; the server waits for the next client
//   shutdown  close this connection and stop the server
// Any other line is answered with "you said: LINE". Try it with `nc 127.0.0.1 PORT`.

$port = (int) ($argv[1] ?? 0);

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($server === false) {
    echo 'socket_create failed: ', socket_strerror(socket_last_error()), "\n";
    exit(1);
}
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, 5)) {
    echo 'cannot listen: ', socket_strerror(socket_last_error($server)), "\n";
    exit(1);
}
socket_getsockname($server, $address, $port);
echo "listening on $address:$port\n";
flush(); // whoever started us is waiting for the port

$served = 0;
do {
    // Blocks until a client connects.
    $client = socket_accept($server);
    if ($client === false) {
        echo 'socket_accept failed: ', socket_strerror(socket_last_error($server)), "\n";
        break;
    }
    $served++;
    $greeting = "welcome, client $served. Commands: quit, shutdown.\n";
    socket_write($client, $greeting, strlen($greeting));

    $stop = false;
    while (true) {
        // PHP_NORMAL_READ: up to 2048 bytes, but stop after the first "\n" or "\r".
        // A quirk of PHP_NORMAL_READ: when the client hangs up, socket_read() does not
        // return '' but fails with ECONNRESET ("Connection reset by peer"), with a
        // warning. The @ silences that warning; real errors are reported below.
        $line = @socket_read($client, 2048, PHP_NORMAL_READ);
        if ($line === false) {
            $error = socket_last_error($client);
            if ($error !== SOCKET_ECONNRESET) {
                echo 'socket_read failed: ', socket_strerror($error), "\n";
            }
            break;
        }
        if ($line === '') {
            break;
        }
        $line = trim($line);
        if ($line === '') {
            // The "\n" of a "\r\n" pair arrives as a line of its own.
            continue;
        }
        if ($line === 'quit') {
            break;
        }
        if ($line === 'shutdown') {
            $bye = "shutting down\n";
            socket_write($client, $bye, strlen($bye));
            $stop = true;
            break;
        }
        $reply = "you said: $line\n";
        socket_write($client, $reply, strlen($reply));
    }
    socket_close($client);
} while (!$stop);

socket_close($server);
echo "served $served clients\n";
