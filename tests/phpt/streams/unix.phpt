--TEST--
unix:// and udg:// streams: server, client, names, accept timeouts, datagrams
--FILE--
<?php
$path = sys_get_temp_dir() . "/phpsock_st_" . getmypid() . ".sock";
@unlink($path);
$s = stream_socket_server("unix://$path", $en, $es);
var_dump(stream_get_meta_data($s)['stream_type']);
var_dump(stream_socket_get_name($s, false) === $path, stream_socket_get_name($s, true));
$c = stream_socket_client("unix://$path", $en, $es);
$a = stream_socket_accept($s, 0);
var_dump(stream_socket_get_name($a, false) === $path, stream_socket_get_name($a, true));
var_dump(stream_socket_get_name($c, true) === $path, stream_socket_get_name($c, false));
var_dump(stream_get_meta_data($a)['stream_type'], stream_get_meta_data($c)['stream_type']);
fwrite($c, "hi\n");
var_dump(fgets($a));
$x = stream_socket_accept($s, 0);
var_dump($x);
$x = stream_socket_accept($s, 0.2);
var_dump($x);
$x = stream_socket_server("unix://$path", $en, $es);
var_dump($x, $en, $es);
fclose($s);
unlink($path);
$x = stream_socket_client("unix://$path", $en, $es);
var_dump($x, $en, $es === "No such file or directory");
$u = stream_socket_server("udg://$path", $en, $es, STREAM_SERVER_BIND);
var_dump(stream_get_meta_data($u)['stream_type']);
$uc = stream_socket_client("udg://$path", $en, $es);
var_dump(fwrite($uc, "dgram"), fwrite($uc, "second"));
var_dump(fread($u, 3), fread($u, 100));
unlink($path);
--EXPECTF--
string(11) "unix_socket"
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
string(11) "unix_socket"
string(11) "unix_socket"
string(3) "hi
"

Warning: stream_socket_accept(): Accept failed: Connection timed out in %s on line 14
bool(false)

Warning: stream_socket_accept(): Accept failed: Connection timed out in %s on line 16
bool(false)

Warning: stream_socket_server(): Unable to connect to unix://%s (Unknown error) in %s on line 18
bool(false)
int(0)
string(0) ""

Warning: stream_socket_client(): Unable to connect to unix://%s (No such file or directory) in %s on line 22
bool(false)
int(2)
bool(true)
string(10) "udg_socket"
int(5)
int(6)
string(3) "dgr"
string(8) "amsecond"
