--TEST--
stream_socket_client and fsockopen failures: warnings, $errno/$errstr, resource ids
--FILE--
<?php
$x = fsockopen("127.0.0.1", 1, $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("tcp://127.0.0.1:1", $en, $es, 1);
var_dump($x, $en, $es);
$x = fsockopen("tcp://127.0.0.1:1", -1, $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("tcp://127.0.0.1", $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("tcp://[::1", $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("", $en, $es, 1);
var_dump($x, $en, $es);
$x = stream_socket_client("bogus://127.0.0.1:80", $en, $es, 1);
var_dump($x, $en, $es);
$x = @stream_socket_client("tcp://127.0.0.1:1", $en, $es);
var_dump($x, $en, $es);
$x = stream_socket_client("unix:///nonexistent/phpsock.sock", $en, $es);
var_dump($x, $en, $es);
$x = fsockopen("unix:///nonexistent/phpsock.sock", -1, $en, $es);
var_dump($x, $en, $es);
$x = fsockopen("udg:///nonexistent/phpsock.sock");
var_dump($x);
// Failed connects use up resource ids, unknown transports do not.
$m = fopen("php://memory", "r");
var_dump($m);
try {
    fsockopen();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
try {
    stream_socket_client([]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--

Warning: fsockopen(): Unable to connect to 127.0.0.1:1 (Connection refused) in %s on line 2
bool(false)
int(111)
string(18) "Connection refused"

Warning: stream_socket_client(): Unable to connect to tcp://127.0.0.1:1 (Connection refused) in %s on line 4
bool(false)
int(111)
string(18) "Connection refused"

Warning: fsockopen(): Unable to connect to tcp://127.0.0.1:1:-1 (Connection refused) in %s on line 6
bool(false)
int(111)
string(18) "Connection refused"

Warning: stream_socket_client(): Unable to connect to tcp://127.0.0.1 (Failed to parse address "127.0.0.1") in %s on line 8
bool(false)
int(0)
string(35) "Failed to parse address "127.0.0.1""

Warning: stream_socket_client(): Unable to connect to tcp://[::1 (Failed to parse IPv6 address "[::1") in %s on line 10
bool(false)
int(0)
string(35) "Failed to parse IPv6 address "[::1""

Warning: stream_socket_client(): Unable to connect to  (Failed to parse address "") in %s on line 12
bool(false)
int(0)
string(26) "Failed to parse address """

Warning: stream_socket_client(): Unable to connect to bogus://127.0.0.1:80 (Unable to find the socket transport "bogus" - did you forget to enable it when you configured PHP?) in %s on line 14
bool(false)
int(0)
string(98) "Unable to find the socket transport "bogus" - did you forget to enable it when you configured PHP?"
bool(false)
int(111)
string(18) "Connection refused"

Warning: stream_socket_client(): Unable to connect to unix:///nonexistent/phpsock.sock (No such file or directory) in %s on line 18
bool(false)
int(2)
string(25) "No such file or directory"

Warning: fsockopen(): Unable to connect to unix:///nonexistent/phpsock.sock:-1 (No such file or directory) in %s on line 20
bool(false)
int(2)
string(25) "No such file or directory"

Warning: fsockopen(): Unable to connect to udg:///nonexistent/phpsock.sock:-1 (No such file or directory) in %s on line 22
bool(false)
resource(15) of type (stream)
fsockopen() expects at least 1 argument, 0 given
stream_socket_client(): Argument #1 ($address) must be of type string, array given
