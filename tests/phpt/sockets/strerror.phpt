--TEST--
socket_strerror: C library texts, unknown numbers, resolver errors, range check
--FILE--
<?php
foreach ([0, 1, 4, 11, 32, 98, 104, 110, 111, 115, 133, 134, 9999, -1, -10000, -10001, -10002, -10003, -10004, -10005, 2147483647, -2147483648] as $n) {
    echo $n, ': ', socket_strerror($n), "\n";
}
foreach ([2147483648, -2147483649] as $n) {
    try {
        socket_strerror($n);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_strerror(SOCKET_ECONNREFUSED) === 'Connection refused');
--EXPECT--
0: Success
1: Operation not permitted
4: Interrupted system call
11: Resource temporarily unavailable
32: Broken pipe
98: Address already in use
104: Connection reset by peer
110: Connection timed out
111: Connection refused
115: Operation now in progress
133: Memory page has hardware error
134: Unknown error 134
9999: Unknown error 9999
-1: Unknown error -1
-10000: Unknown error -10000
-10001: Unknown host
-10002: Host name lookup failure
-10003: Unknown server error
-10004: No address associated with name
-10005: Unknown resolver error
2147483647: Unknown error 2147483647
-2147483648: Unknown resolver error
socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
bool(true)
