--TEST--
stream_get_line: delimiters, lengths, sockets, non-blocking partial records
--FILE--
<?php
$f = fopen('php://memory', 'w+'); fwrite($f, "line1\r\nline2\r\n\r\nlast"); rewind($f);
while (($l = stream_get_line($f, 100, "\r\n")) !== false) var_dump($l);
rewind($f); var_dump(stream_get_line($f, 3, "\r\n"), stream_get_line($f, 0), stream_get_line($f, 4, "ne"), stream_get_line($f, 100, "zz"), feof($f));
rewind($f); var_dump(stream_get_line($f, 7, "\r\n"), stream_get_line($f, 6, "\r\n"));
try { stream_get_line($f, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($a, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
var_dump(stream_get_line($b, 1024, "\r\n"), stream_get_line($b, 1024, "\r\n"), stream_get_line($b, 1024, "\r\n"));
stream_set_blocking($b, false);
fwrite($a, "partial");
var_dump(stream_get_line($b, 1024, "\n"));
fwrite($a, " more\nnext"); fclose($a);
usleep(10000);
var_dump(stream_get_line($b, 1024, "\n"), stream_get_line($b, 1024, "\n"), stream_get_line($b, 1024, "\n"), feof($b));
$t = tmpfile(); fwrite($t, str_repeat('x', 10000) . "|end"); rewind($t); var_dump(strlen(stream_get_line($t, 20000, "|")), stream_get_line($t, 20000, "|"));
--EXPECT--
string(5) "line1"
string(5) "line2"
string(0) ""
string(4) "last"
string(3) "lin"
string(17) "e1
line2

last"
bool(false)
bool(false)
bool(true)
string(5) "line1"
string(6) "line2"
stream_get_line(): Argument #2 ($length) must be greater than or equal to 0
string(14) "GET / HTTP/1.1"
string(7) "Host: x"
string(0) ""
bool(false)
string(12) "partial more"
string(4) "next"
bool(false)
bool(true)
int(10000)
string(3) "end"
