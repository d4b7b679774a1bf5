--TEST--
pfsockopen hands back its open connection, and a new one once the peer dropped it
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0");
[$h, $port] = explode(':', stream_socket_get_name($srv, false));
$a = pfsockopen($h, $port);
$conn = stream_socket_accept($srv);
$b = pfsockopen($h, $port);
var_dump($a === $b);
fclose($conn);
usleep(20000);
$c = pfsockopen($h, $port);
var_dump($c, $a === $c, $a);
--EXPECT--
bool(true)
resource(8) of type (persistent stream)
bool(false)
resource(6) of type (Unknown)
