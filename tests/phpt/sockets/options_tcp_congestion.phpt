--TEST--
TCP_CONGESTION as a string option
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "cubic"));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "no-such-algorithm"));
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, 42));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
--EXPECTF--
bool(true)
array(1) {
  ["name"]=>
  string(5) "cubic"
}

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line 5
bool(false)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line 6
bool(false)
array(1) {
  ["name"]=>
  string(5) "cubic"
}
