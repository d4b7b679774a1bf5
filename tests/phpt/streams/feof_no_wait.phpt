--TEST--
feof on a socket stream never waits for data (blocking or not); EOF once the peer closes; buffered data, peeks, non-blocking reads, UDP streams, stream_select errors
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump(feof($b));
fwrite($a, "x");
var_dump(feof($b), fread($b, 10), feof($b));
stream_set_blocking($b, false);
var_dump(feof($b));
fclose($a);
var_dump(feof($b), fread($b, 10), feof($b));
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump(stream_set_chunk_size($a, 1024), stream_set_write_buffer($a, 0), stream_set_read_buffer($b, 0));
fwrite($a, "line1\nline2\npartial");
var_dump(stream_socket_recvfrom($b, 5, STREAM_PEEK), fgets($b), fread($b, 3));
stream_set_blocking($b, false);
var_dump(fread($b, 100), fread($b, 100), feof($b));
$r = [$b]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 0, 1000));
fclose($a);
$r = [$b];
var_dump(stream_select($r, $w, $e, 0, 200000), fread($b, 10), feof($b));
$r = ['x' => $b, 'y' => STDIN];
try { var_dump(stream_select($r, $w, $e, 0)); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), "\n"; }
fclose($b);
$r = [$b];
try { var_dump(stream_select($r, $w, $e, 0)); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), "\n"; }
$r = [];
try { var_dump(stream_select($r, $w, $e, 0)); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), "\n"; }
$u = stream_socket_server('udp://127.0.0.1:0', $en, $es, STREAM_SERVER_BIND);
$uname = stream_socket_get_name($u, false);
$c = stream_socket_client("udp://$uname");
var_dump(fwrite($c, "dgram1"), stream_socket_sendto($c, "dgram2"));
var_dump(stream_socket_recvfrom($u, 100, 0, $peer), is_string($peer), fread($u, 100));
var_dump(stream_socket_get_name($c, true) === $uname);
--EXPECT--
bool(false)
bool(false)
string(1) "x"
bool(false)
bool(false)
bool(true)
string(0) ""
bool(true)
int(8192)
int(-1)
int(0)
string(5) "line1"
string(6) "line1
"
string(3) "lin"
string(10) "e2
partial"
string(0) ""
bool(false)
int(0)
int(1)
string(0) ""
bool(true)
int(2)
ValueError: No stream arrays were passed
ValueError: No stream arrays were passed
int(6)
int(6)
string(6) "dgram1"
bool(true)
string(6) "dgram2"
bool(true)
