--TEST--
stream_copy_to_stream: whole streams, lengths and offsets, a failed seek, sockets and STDIN as sources
--STDIN--
abcdef
--FILE--
<?php
$src = fopen('php://memory', 'w+');
fwrite($src, "hello world, this is a test");
rewind($src);
$dst = fopen('php://memory', 'w+');
var_dump(stream_copy_to_stream($src, $dst));
rewind($dst); var_dump(stream_get_contents($dst));
var_dump(stream_copy_to_stream($src, $dst));
var_dump(stream_copy_to_stream($src, $dst, 5, 6));
var_dump(stream_copy_to_stream($src, $dst, 0));
var_dump(stream_copy_to_stream($src, $dst, -1, 0));
var_dump(stream_copy_to_stream($src, $dst, null, 100));
rewind($dst); var_dump(stream_get_contents($dst));
try { stream_copy_to_stream($src, $dst, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$ro = fopen('php://memory', 'r');
var_dump(stream_copy_to_stream($src, $ro, null, 0));
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($a, "over the socket");
fclose($a);
$out = fopen('php://memory', 'w+');
var_dump(stream_copy_to_stream($b, $out));
rewind($out); var_dump(stream_get_contents($out));
fclose($src);
try { stream_copy_to_stream($src, $dst); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_copy_to_stream(STDIN, $dst, 3));
--EXPECTF--
int(27)
string(27) "hello world, this is a test"
int(0)
int(5)
int(0)
int(16)

Warning: stream_copy_to_stream(): Failed to seek to position 100 in the stream in %s on line 12
bool(false)
string(48) "hello world, this is a testworld, this is a test"
int(0)
int(15)
string(15) "over the socket"
stream_copy_to_stream(): supplied resource is not a valid stream resource
int(3)
