--TEST--
edge values: a bcrypt/argon2 hash whose numbers overflow, argon2 parameters missing part-way, time_sleep_until out of range, truncated uuencode and quoted-printable
--FILE--
<?php
var_dump(password_get_info('$2y$' . str_repeat('9', 56)));
var_dump(password_needs_rehash('$2y$' . str_repeat('9', 56), PASSWORD_BCRYPT));
var_dump(password_verify('x', '$2y$' . str_repeat('9', 56)));
foreach ([NAN, 1e20, -0.5, INF] as $x) { try { var_dump(time_sleep_until($x)); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), "\n"; } }
var_dump(convert_uudecode("M" . str_repeat("!", 10)), quoted_printable_decode("="), convert_uudecode("M"), convert_uudecode("\x7f\x7f"));
header("HTTP/1.1 99999999999999999999999 x"); var_dump(http_response_code() !== 0);
var_dump(password_get_info('$argon2i$v=19$m=5,t=9'), password_get_info('$argon2i$x'));
var_dump(quoted_printable_encode(str_repeat("\xf5", 100)) === quoted_printable_encode(str_repeat("\xf5", 100)));
--EXPECTF--
array(3) {
  ["algo"]=>
  string(2) "2y"
  ["algoName"]=>
  string(6) "bcrypt"
  ["options"]=>
  array(1) {
    ["cost"]=>
    int(9223372036854775807)
  }
}
bool(true)
bool(false)
ValueError: time_sleep_until(): Argument #1 ($timestamp) must be between 0 and 18446744073
ValueError: time_sleep_until(): Argument #1 ($timestamp) must be between 0 and 18446744073
ValueError: time_sleep_until(): Argument #1 ($timestamp) must be between 0 and 18446744073
ValueError: time_sleep_until(): Argument #1 ($timestamp) must be between 0 and 18446744073

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %s on line 6

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %s on line 6

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %s on line 6
bool(false)
string(0) ""
bool(false)
bool(false)

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 7
bool(true)
array(3) {
  ["algo"]=>
  string(7) "argon2i"
  ["algoName"]=>
  string(7) "argon2i"
  ["options"]=>
  array(3) {
    ["memory_cost"]=>
    int(5)
    ["time_cost"]=>
    int(9)
    ["threads"]=>
    int(1)
  }
}
array(3) {
  ["algo"]=>
  string(7) "argon2i"
  ["algoName"]=>
  string(7) "argon2i"
  ["options"]=>
  array(3) {
    ["memory_cost"]=>
    int(65536)
    ["time_cost"]=>
    int(4)
    ["threads"]=>
    int(1)
  }
}
bool(true)
