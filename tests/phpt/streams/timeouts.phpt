--TEST--
stream_set_timeout, stream_set_blocking and the metadata they change (timed_out, blocked, eof)
--FILE--
<?php
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump(stream_set_timeout($p[1], 0, 200000));
$t = microtime(true);
var_dump(fread($p[1], 10));
var_dump(round(microtime(true) - $t, 1));
$md = stream_get_meta_data($p[1]);
var_dump($md['timed_out'], $md['blocked'], $md['eof']);
var_dump(fgets($p[1]), stream_get_meta_data($p[1])['timed_out']);
fwrite($p[0], "abc");
var_dump(fread($p[1], 2), stream_get_meta_data($p[1])['timed_out']);
var_dump(stream_get_meta_data($p[1])['unread_bytes']);
// A partly buffered read still waits once for more, as PHP does.
var_dump(fread($p[1], 10), stream_get_meta_data($p[1])['timed_out']);
fwrite($p[0], "partial line");
var_dump(fgets($p[1]));
var_dump(stream_set_blocking($p[1], false));
var_dump(stream_get_meta_data($p[1])['blocked']);
var_dump(fread($p[1], 10), fgets($p[1]), stream_get_meta_data($p[1])['timed_out']);
fwrite($p[0], "nb\n");
var_dump(fgets($p[1]));
var_dump(stream_set_blocking($p[1], true), stream_get_meta_data($p[1])['blocked']);
fclose($p[0]);
var_dump(feof($p[1]));
var_dump(fread($p[1], 10), stream_get_meta_data($p[1])['eof']);
$m = fopen("php://memory", "r+");
var_dump(stream_set_blocking($m, false), stream_set_timeout($m, 1));
var_dump(socket_set_blocking($m, true), socket_set_timeout($m, 1), socket_get_status($m)['stream_type']);
try {
    stream_set_timeout("x", 1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(true)
bool(false)
float(0.2)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
string(2) "ab"
bool(false)
int(1)
string(1) "c"
bool(true)
string(12) "partial line"
bool(true)
bool(false)
string(0) ""
bool(false)
bool(true)
string(3) "nb
"
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
string(6) "MEMORY"
stream_set_timeout(): Argument #1 ($stream) must be of type resource, string given
