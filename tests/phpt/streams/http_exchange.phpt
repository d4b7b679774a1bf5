--TEST--
fsockopen HTTP-style exchange with a same-process server; reads to EOF, big reads, non-blocking writes
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0", $en, $es);
$name = stream_socket_get_name($srv, false);
[$h, $port] = explode(':', $name);
echo "server up\n";
$fp = fsockopen($h, (int)$port, $errno, $errstr, 30);
$out = "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: Close\r\n\r\n";
fwrite($fp, $out);
$conn = stream_socket_accept($srv, -1, $peer);
var_dump(is_string($peer));
$req = '';
while (($line = fgets($conn)) !== false) {
    $req .= $line;
    if ($line === "\r\n") break;
}
var_dump($req);
fwrite($conn, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
fclose($conn);
while (!feof($fp)) {
    echo fgets($fp, 128);
}
echo "\n";
var_dump(feof($fp), fgets($fp), fread($fp, 1), stream_get_meta_data($fp)['eof']);
fclose($fp);
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($p[0], str_repeat("x", 10000));
var_dump(strlen(fread($p[1], 20000)));
var_dump(strlen(fread($p[1], 20000)));
fwrite($p[0], "abc\ndef");
var_dump(stream_get_contents($p[1], 5));
var_dump(feof($p[1]));
stream_set_blocking($p[0], false);
$n = 0; $total = 0;
while (($w = fwrite($p[0], str_repeat("y", 65536))) > 0 && $n++ < 100) $total += $w;
var_dump($w, $total > 0);
var_dump(stream_socket_shutdown($p[1], STREAM_SHUT_RDWR));
var_dump(fwrite($p[0], "z"));
var_dump(stream_set_timeout($p[1], -1));
--EXPECTF--
server up
bool(true)
string(54) "GET / HTTP/1.1
Host: localhost
Connection: Close

"
HTTP/1.1 200 OK
Content-Length: 5

hello
bool(true)
bool(false)
string(0) ""
bool(true)
int(8192)
int(1808)
string(5) "abc
d"
bool(false)
int(0)
bool(true)
bool(true)

Notice: fwrite(): Send of 1 bytes failed with errno=32 Broken pipe in %s on line 37
bool(false)
bool(true)
