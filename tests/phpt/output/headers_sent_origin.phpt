--TEST--
what starts output (echo, a displayed notice, printf over several lines) and what does not (fwrite to STDOUT, a silenced notice)
--FILE--
<?php
fwrite(STDOUT, "direct\n");
var_dump(headers_sent());
$x = [];
@$x['nope'];
var_dump(headers_sent($f, $l), basename($f), $l);
$x = [];
$y = $x['nope'];
header('X: 1');
var_dump(headers_sent($f, $l), basename($f), $l);
printf("%s",
  "multi-line call\n");
header('X: 1');
--EXPECTF--
direct
bool(false)
bool(true)
string(23) "headers_sent_origin.php"
int(3)

Warning: Undefined array key "nope" in %s on line 8

Warning: Cannot modify header information - headers already sent by (output started at %s:3) in %s on line 9
bool(true)
string(23) "headers_sent_origin.php"
int(3)
multi-line call

Warning: Cannot modify header information - headers already sent by (output started at %s:3) in %s on line 13
