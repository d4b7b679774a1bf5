--TEST--
pcntl: with async signals, an alarm interrupts socket_select, socket_accept, socket_read, sleep and usleep; the handler runs right after the call
--FILE--
<?php
pcntl_signal(SIGALRM, function ($s) { echo "handler $s\n"; });
pcntl_async_signals(true);
$srv = socket_create_listen(0);
pcntl_alarm(1);
$r = [$srv];
$w = $e = null;
var_dump(socket_select($r, $w, $e, 5));
var_dump(socket_last_error(), socket_strerror(socket_last_error()));
pcntl_alarm(1);
var_dump(socket_accept($srv));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
pcntl_alarm(1);
var_dump(socket_read($pair[0], 10));
pcntl_alarm(1);
var_dump(usleep(3000000));
$n = 0;
pcntl_alarm(1);
while ($n < 3) {
    usleep(100000);
    $n++;
}
echo "done\n";
--EXPECTF--
Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line 8
handler 14
bool(false)
int(4)
string(23) "Interrupted system call"

Warning: socket_accept(): unable to accept incoming connection [4]: Interrupted system call in %s on line 11
handler 14
bool(false)

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line 14
handler 14
bool(false)
handler 14
NULL
done
