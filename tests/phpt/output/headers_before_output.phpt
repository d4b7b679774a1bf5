--TEST--
header/http_response_code/setcookie on the command line before output leaves the buffers: status lines, redirects, validation errors, headers_list stays empty
--FILE--
<?php
header('Content-Type: text/plain');
header('X-A: 1');
header('X-A: 2', false);
header('x-a: 3', false);
header('Location: /x');
$l = headers_list();
$c = http_response_code();
header_remove('x-A');
$l2 = headers_list();
header('HTTP/1.1 418 Teapot');
$c2 = http_response_code();
http_response_code(201);
header('Location: /y');
$c3 = http_response_code();
setcookie('a', 'b', ['expires' => 0, 'path' => '/', 'httponly' => true]);
$l3 = headers_list();
ob_start();
echo "buffered\n";
$s = headers_sent();
ob_end_flush();
var_dump($l, $c, $l2, $c2, $c3, $l3, $s, headers_sent());
header('X: y');
--EXPECTF--
buffered
array(0) {
}
int(302)
array(0) {
}
int(418)
int(201)
array(0) {
}
bool(false)
bool(true)

Warning: Cannot modify header information - headers already sent by (output started at %s:21) in %s on line 23
