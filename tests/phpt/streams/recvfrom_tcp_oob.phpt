--TEST--
stream_socket_recvfrom/sendto on TCP: address output, STREAM_PEEK, STREAM_OOB, except set of stream_select
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0");
$c = stream_socket_client("tcp://" . stream_socket_get_name($srv, false));
$a = stream_socket_accept($srv);
fwrite($c, "hello");
var_dump(stream_socket_recvfrom($a, 3, 0, $addr), $addr);
var_dump(stream_socket_recvfrom($a, 3, STREAM_PEEK), fread($a, 10));
var_dump(stream_socket_sendto($a, "x", 0, "127.0.0.1:1"));
var_dump(stream_socket_sendto($a, "oob", STREAM_OOB));
var_dump(stream_socket_recvfrom($c, 10, STREAM_OOB));
var_dump(fread($c, 10));
$r = [$c]; $w = null; $e = [$c];
var_dump(stream_select($r, $w, $e, 0));
var_dump(count($e));
--EXPECT--
string(3) "hel"
string(0) ""
string(2) "lo"
string(2) "lo"
int(1)
int(3)
string(1) "b"
string(3) "xoo"
int(0)
int(0)
