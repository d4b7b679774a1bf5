--TEST--
SO_RCVTIMEO / SO_SNDTIMEO arrays and SO_LINGER
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 500000]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['usec' => '0', 'sec' => '3']));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 2000000]));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => -1, 'usec' => 0]));
foreach ([['sec' => 1], ['usec' => 1], 5, 'x'] as $bad) {
    try {
        socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, $bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 5]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => true, 'l_linger' => 70000]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
foreach ([['l_linger' => 1], ['l_onoff' => 1], null] as $bad) {
    try {
        socket_set_option($s, SOL_SOCKET, SO_LINGER, $bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECTF--
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
array(2) {
  ["sec"]=>
  int(2)
  ["usec"]=>
  int(500000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(0)
}

Warning: socket_set_option(): Unable to set socket option [33]: Numerical argument out of domain in %s on line 8
bool(false)
bool(true)
socket_set_option(): Argument #4 ($value) must have key "usec"
socket_set_option(): Argument #4 ($value) must have key "sec"
socket_set_option(): Argument #4 ($value) must have key "sec"
socket_set_option(): Argument #4 ($value) must have key "sec"
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(5)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(4464)
}
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_linger"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
