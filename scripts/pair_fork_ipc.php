<?php
// Two processes talking over a socket pair: the parent forks a child, sends it a few
// lines, and the child answers each one; then the parent says "bye", waits for the child
// and reports how it ended.
//
//   php -d extension=sockets pair_fork_ipc.php [messages...]
//
// Needs ext/sockets and ext/pcntl (the CLI on Linux). socket_create_pair() gives two
// connected sockets; after pcntl_fork() each process keeps one end and closes the other.

$messages = array_slice($argv, 1) ?: ['hello', 'how are you?', 'counting: 1 2 3'];

if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
    echo 'socket_create_pair failed: ', socket_strerror(socket_last_error()), "\n";
    exit(1);
}
[$parentEnd, $childEnd] = $pair;

$pid = pcntl_fork();
if ($pid === -1) {
    echo "fork failed\n";
    exit(1);
}

if ($pid === 0) {
    // The child: answer every line until "bye" or end of file.
    socket_close($parentEnd);
    $answered = 0;
    while (true) {
        $line = socket_read($childEnd, 8192, PHP_NORMAL_READ);
        if ($line === false || $line === '') {
            break;
        }
        $line = rtrim($line, "\r\n");
        if ($line === 'bye') {
            break;
        }
        $answered++;
        $reply = sprintf("child got %d bytes: %s\n", strlen($line), strrev($line));
        socket_write($childEnd, $reply);
    }
    socket_close($childEnd);
    exit($answered);   // the parent reads this from the exit status
}

// The parent.
socket_close($childEnd);
foreach ($messages as $message) {
    socket_write($parentEnd, $message . "\n");
    $reply = socket_read($parentEnd, 8192, PHP_NORMAL_READ);
    echo "parent sent '$message', ", rtrim($reply, "\n"), "\n";
}
socket_write($parentEnd, "bye\n");
socket_close($parentEnd);

pcntl_waitpid($pid, $status);
if (pcntl_wifexited($status)) {
    echo 'child answered ', pcntl_wexitstatus($status), " messages and exited\n";
} else {
    echo 'child ended by signal ', pcntl_wtermsig($status), "\n";
}
