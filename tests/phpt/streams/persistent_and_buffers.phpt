--TEST--
pfsockopen reuse; stream_set_read_buffer/write_buffer/chunk_size, stream_supports_lock, stream_isatty
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0");
$name = stream_socket_get_name($srv, false);
[$h, $port] = explode(':', $name);
$a = pfsockopen($h, $port);
$b = pfsockopen($h, $port);
var_dump($a, $b, $a === $b);
fclose($a);
$c = pfsockopen($h, $port);
var_dump($c);
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump(stream_set_read_buffer($p[0], 0), stream_set_write_buffer($p[0], 0), stream_set_chunk_size($p[0], 1024), stream_set_chunk_size($p[0], 8192));
var_dump(stream_supports_lock($p[0]), stream_isatty($p[0]));
$m = fopen("php://memory", "r+");
var_dump(stream_set_read_buffer($m, 0), stream_set_write_buffer($m, 0), stream_set_chunk_size($m, 1024), stream_supports_lock($m), stream_isatty($m));
try { stream_set_chunk_size($m, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$f = fopen(__FILE__, "r");
var_dump(stream_set_read_buffer($f, 0), stream_set_write_buffer($f, 0), stream_supports_lock($f), stream_isatty($f), stream_isatty(STDIN));
--EXPECT--
resource(6) of type (persistent stream)
resource(6) of type (persistent stream)
bool(true)
resource(7) of type (persistent stream)
int(0)
int(-1)
int(8192)
int(1024)
bool(false)
bool(false)
int(0)
int(-1)
int(8192)
bool(false)
bool(false)
stream_set_chunk_size(): Argument #2 ($size) must be greater than 0
int(0)
int(-1)
bool(true)
bool(false)
bool(false)
