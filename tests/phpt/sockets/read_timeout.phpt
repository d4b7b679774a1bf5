--TEST--
SO_RCVTIMEO makes blocking reads give up quietly with EAGAIN
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_set_option($p[1], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]));
echo "waiting\n";
var_dump(socket_read($p[1], 10));
var_dump(socket_last_error($p[1]), socket_last_error());
var_dump(socket_recv($p[1], $buf, 10, 0), $buf);
var_dump(socket_recvfrom($p[1], $buf, 10, 0, $from));
socket_write($p[0], "late");
var_dump(socket_read($p[1], 10));
--EXPECT--
bool(true)
waiting
bool(false)
int(11)
int(11)
bool(false)
NULL
bool(false)
string(4) "late"
