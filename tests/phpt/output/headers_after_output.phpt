--TEST--
headers already sent: the warning names where output started; headers_sent() by reference; an uncaught ValueError from setrawcookie
--FILE--
<?php
var_dump(headers_sent(), headers_list(), http_response_code());
header('Content-Type: text/plain');
header('X-A: 1');
header('X-A: 2', false);
header('Location: /x');
var_dump(headers_list(), http_response_code(), http_response_code(404), http_response_code());
header_remove('X-A');
var_dump(headers_list());
header_remove();
var_dump(headers_list());
echo "out\n";
var_dump(headers_sent($file, $line), basename($file), $line);
header('X-After: 1');
var_dump(headers_list());
setcookie('a', 'b');
setrawcookie('c', 'd e');
var_dump(headers_list());
var_dump(header_register_callback(function () { echo "cb\n"; }));
try { header("X-Bad: a\nb"); } catch (Throwable $e) { echo get_class($e), $e->getMessage(), "\n"; }
--EXPECTF--
bool(false)
array(0) {
}
bool(false)

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 3

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 4

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 5

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 6
array(0) {
}
bool(false)
bool(true)
int(404)

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 8
array(0) {
}

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 10
array(0) {
}
out
bool(true)
string(24) "headers_after_output.php"
int(2)

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 14
array(0) {
}

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 16

Fatal error: Uncaught ValueError: setrawcookie(): Argument #2 ($value) cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014" in %s:17
Stack trace:
#0 %s(17): setrawcookie('c', 'd e')
#1 {main}
  thrown in %s on line 17
--EXITCODE--
255
