--TEST--
header newline/NUL warnings, setcookie/setrawcookie argument and option errors, http_response_code get/set, warnings once output has started
--FILE--
<?php
ob_start();
header("X-Bad: a\nb");
header("X-Bad: a\0b");
header("X-Ok: a\r\n b");
header("");
header("NoColon");
header("HTTP/1.0 500 Oops");
$a = http_response_code();
header("HTTP/1.1 abc");
$b = http_response_code();
header("Location: /z", true, 307);
$c = http_response_code();
header("X-Y: 1", true, 299);
$d = http_response_code();
var_dump(setcookie('n', 'v'), setcookie('n2', 'v', time() + 60, '/', 'example.com', true, true));
foreach ([['', 'v'], ['a=b', 'v'], ['n', 'v', ['foo' => 1]], ['n', 'v', ['path' => 'a;b']], ['n', 'v', ['expires' => 253402300800]], ['n', 'v', ['samesite' => 'Lax', 'domain' => 'x']], ['n', 'v', ['expires' => 1], '/']] as $args) {
  try { var_dump(setcookie(...$args)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { var_dump(setrawcookie('n', "a b")); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(setrawcookie('n', "a%20b"));
try { var_dump(http_response_code(0)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(http_response_code(-5), http_response_code());
$out = ob_get_clean();
var_dump($a, $b, $c, $d); echo $out; var_dump(headers_sent());
echo "x\n";
var_dump(http_response_code(200), http_response_code(), setcookie('late', '1'));
header_remove('X');
--EXPECTF--
int(500)
bool(false)
int(307)
int(299)

Warning: Header may not contain more than a single header, new line detected in %s on line 3

Warning: Header may not contain NUL bytes in %s on line 4

Warning: Header may not contain more than a single header, new line detected in %s on line 5
bool(true)
bool(true)
ValueError: setcookie(): Argument #1 ($name) cannot be empty
ValueError: setcookie(): Argument #1 ($name) cannot contain "=", ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
ValueError: setcookie(): option "foo" is invalid
ValueError: setcookie(): "path" option cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
ValueError: setcookie(): "expires" option cannot have a year greater than 9999
bool(true)
ArgumentCountError: setcookie(): Expects exactly 3 arguments when argument #3 ($expires_or_options) is an array
ValueError: setrawcookie(): Argument #2 ($value) cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
bool(true)
int(299)
int(299)
int(-5)
bool(true)
x

Warning: Cannot modify header information - headers already sent by (output started at %s:25) in %s on line 27
int(-5)
int(200)
bool(false)

Warning: Cannot modify header information - headers already sent by (output started at %s:25) in %s on line 28
