--TEST--
non-blocking writes until the buffer is full report EAGAIN without a warning
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_set_nonblock($p[0]));
$chunk = str_repeat('x', 65536);
$total = 0;
for ($i = 0; $i < 1000; $i++) {
    $n = socket_write($p[0], $chunk);
    if ($n === false) {
        break;
    }
    $total += $n;
}
var_dump($n, $total > 0, socket_last_error($p[0]) === SOCKET_EAGAIN);
var_dump(socket_send($p[0], $chunk, 10, 0), socket_last_error());
var_dump(socket_sendmsg($p[0], ['iov' => [$chunk]], 0));
$drained = 0;
socket_set_nonblock($p[1]);
while (($d = socket_read($p[1], 65536)) !== false && $d !== '') {
    $drained += strlen($d);
}
var_dump($drained === $total);
var_dump(socket_write($p[0], "after"), socket_read($p[1], 10));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
int(11)
bool(false)
bool(true)
int(5)
string(5) "after"
