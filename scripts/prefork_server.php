<?php
// A pre-forking TCP echo server: the parent opens the listening socket, then forks N
// workers that each accept connections on it and echo back every byte a client sends,
// one client at a time per worker. The parent only watches its workers: it starts a new
// one when one dies, and on SIGTERM (or SIGINT) it tells them all to stop, waits for
// them, and exits.
//
//   php -d extension=sockets prefork_server.php [port] [workers]
//
// port    TCP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
// workers number of worker processes (default 4)
//
// Try it with `nc 127.0.0.1 PORT` from several terminals, then `kill PID` (the pid is
// printed too). Needs ext/sockets and ext/pcntl. The parent tells the workers to stop by
// closing its end of a socket pair: each worker waits with socket_select() on both the
// listening socket and its end of the pair, and leaves when the pair reports end of file.

$port = (int) ($argv[1] ?? 0);
$workers = max(1, (int) ($argv[2] ?? 4));

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, SOMAXCONN)) {
    echo 'cannot listen: ', socket_strerror(socket_last_error($server)), "\n";
    exit(1);
}
// Workers must never block in accept() when another worker took the connection first.
socket_set_nonblock($server);
socket_getsockname($server, $address, $port);

// The stop channel: the parent keeps $control[0]; workers watch $control[1].
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $control);

/** One worker's life: accept, echo until the client hangs up, repeat until told to stop. */
function worker(Socket $server, Socket $stop): int
{
    $served = 0;
    while (true) {
        $read = [$server, $stop];
        $write = $except = null;
        if (@socket_select($read, $write, $except, null) === false) {
            continue;   // interrupted by a signal: look again
        }
        if (in_array($stop, $read, true)) {
            return $served;   // the parent closed its end: time to go
        }
        $client = @socket_accept($server);
        if ($client === false) {
            continue;   // another worker was faster
        }
        socket_set_block($client);
        while (true) {
            $data = socket_read($client, 65536, PHP_BINARY_READ);
            if ($data === false || $data === '') {
                break;
            }
            // socket_write may write less than asked: write the rest too.
            while ($data !== '') {
                $n = socket_write($client, $data);
                if ($n === false) {
                    break 2;
                }
                $data = substr($data, $n);
            }
        }
        socket_close($client);
        $served++;
    }
}

/** Forks one worker; returns its pid in the parent (the worker never returns). */
function spawn(Socket $server, array $control): int
{
    $pid = pcntl_fork();
    if ($pid === 0) {
        // The worker: default signal actions, and only its own end of the stop channel
        // (so that the parent's close is seen as end of file).
        pcntl_signal(SIGTERM, SIG_DFL);
        pcntl_signal(SIGINT, SIG_DFL);
        socket_close($control[0]);
        exit(worker($server, $control[1]) > 255 ? 255 : 0);
    }
    return $pid;
}

$stopping = false;
$onStop = function (int $signo) use (&$stopping) {
    $stopping = true;
};
// restart_syscalls = false: pcntl_wait() returns at once when the signal arrives.
pcntl_signal(SIGTERM, $onStop, false);
pcntl_signal(SIGINT, $onStop, false);

$pids = [];
for ($i = 0; $i < $workers; $i++) {
    $pid = spawn($server, $control);
    $pids[$pid] = true;
}

echo "listening on $address:$port\n";
echo 'parent pid ', getmypid(), ", $workers workers\n";
flush();

while (!$stopping) {
    $pid = pcntl_wait($status);
    pcntl_signal_dispatch();   // runs $onStop if a signal interrupted the wait
    if ($pid > 0 && isset($pids[$pid])) {
        unset($pids[$pid]);
        if (!$stopping) {
            // A worker died: replace it so the pool stays full.
            $pids[spawn($server, $control)] = true;
        }
    }
}

// Stop: close our end of the stop channel, and the listening socket; then reap everyone.
socket_close($control[0]);
socket_close($server);
while ($pids) {
    $pid = pcntl_wait($status);
    if ($pid > 0) {
        unset($pids[$pid]);
    } elseif (pcntl_get_last_error() === PCNTL_ECHILD) {
        break;
    }
}
echo "stopped\n";
