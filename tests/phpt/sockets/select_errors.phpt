--TEST--
socket_select: ValueError without arrays, TypeError for non-sockets and closed sockets
--FILE--
<?php
$n = null;
try {
    socket_select($n, $n, $n, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$a = [];
$b = [];
try {
    socket_select($a, $b, $n, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
foreach ([[1], ['x'], [null], [new stdClass], [[1]], [1.5]] as $bad) {
    try {
        socket_select($n, $bad, $n, 0);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
$r = [$s];
try {
    socket_select($n, $n, $r, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$notarray = 'x';
try {
    socket_select($notarray, $n, $n, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
socket_select(): At least one array argument must be passed
socket_select(): At least one array argument must be passed
socket_select(): Argument #2 ($write) must only have elements of type Socket, int given
socket_select(): Argument #2 ($write) must only have elements of type Socket, string given
socket_select(): Argument #2 ($write) must only have elements of type Socket, null given
socket_select(): Argument #2 ($write) must only have elements of type Socket, stdClass given
socket_select(): Argument #2 ($write) must only have elements of type Socket, array given
socket_select(): Argument #2 ($write) must only have elements of type Socket, float given
socket_select(): Argument #3 ($except) contains a closed socket
socket_select(): Argument #1 ($read) must be of type ?array, string given
