--TEST--
pcntl: parent and child talk over socket_create_pair; output before the fork is printed once
--FILE--
<?php
echo "printed once\n";
if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
    die("socket_create_pair failed\n");
}
[$parentEnd, $childEnd] = $pair;
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($parentEnd);
    while (($line = socket_read($childEnd, 1024, PHP_NORMAL_READ)) !== false && $line !== '') {
        $line = rtrim($line, "\n");
        if ($line === 'bye') {
            break;
        }
        socket_write($childEnd, strtoupper($line) . " from child\n");
    }
    socket_close($childEnd);
    exit(0);
}
socket_close($childEnd);
$replies = [];
foreach (['hello', 'fork', 'world'] as $msg) {
    socket_write($parentEnd, "$msg\n");
    $replies[] = rtrim(socket_read($parentEnd, 1024, PHP_NORMAL_READ), "\n");
}
socket_write($parentEnd, "bye\n");
// After the child closed its end: end of file.
var_dump(socket_read($parentEnd, 10));
pcntl_waitpid($pid, $status);
socket_close($parentEnd);
print_r($replies);
var_dump(pcntl_wifexited($status), pcntl_wexitstatus($status));

// Datagram pairs keep message boundaries across the fork too.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
$pid = pcntl_fork();
if ($pid === 0) {
    socket_write($d[1], "one");
    socket_write($d[1], "two");
    exit(0);
}
pcntl_waitpid($pid, $status);
var_dump(socket_read($d[0], 100), socket_read($d[0], 100));
--EXPECT--
printed once
string(0) ""
Array
(
    [0] => HELLO from child
    [1] => FORK from child
    [2] => WORLD from child
)
bool(true)
int(0)
string(3) "one"
string(3) "two"
