--TEST--
Socket streams at end of stream: feof without reading, stream_get_contents, writes to a closed peer
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0");
$c = stream_socket_client("tcp://" . stream_socket_get_name($srv, false));
$a = stream_socket_accept($srv);
fwrite($c, "all of it\nand more");
fclose($c);
var_dump(stream_get_contents($a));
var_dump(feof($a), fgets($a), fread($a, 5), stream_get_contents($a));
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fclose($p[0]);
var_dump(stream_get_meta_data($p[1])['eof']);
var_dump(feof($p[1]));
var_dump(stream_get_meta_data($p[1])['eof']);
var_dump(fwrite($p[1], "into the void"));
var_dump(fwrite($p[1], ""));
$q = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($q[0], "x");
var_dump(feof($q[1]), fgetc($q[1]));
fwrite($q[0], "123");
fclose($q[0]);
var_dump(fgetc($q[1]), fpassthru($q[1]));
echo "\n";
var_dump(fstat($q[1]) === false, ftell($q[1]), fseek($q[1], 0));
--EXPECTF--
string(18) "all of it
and more"
bool(true)
bool(false)
string(0) ""
string(0) ""
bool(false)
bool(true)
bool(true)

Notice: fwrite(): Send of 13 bytes failed with errno=32 Broken pipe in %s on line 14
bool(false)
int(0)
bool(false)
string(1) "x"
23string(1) "1"
int(2)


Warning: fseek(): Stream does not support seeking in %s on line 23
bool(false)
int(4)
int(-1)
