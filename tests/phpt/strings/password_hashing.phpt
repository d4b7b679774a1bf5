--TEST--
password_hash/verify/get_info/needs_rehash/algos: bcrypt and Argon2 hashes made by PHP verify, options and their errors, legacy algorithm numbers
--FILE--
<?php
foreach (['PASSWORD_DEFAULT','PASSWORD_BCRYPT','PASSWORD_BCRYPT_DEFAULT_COST','PASSWORD_ARGON2I','PASSWORD_ARGON2ID','PASSWORD_ARGON2_DEFAULT_MEMORY_COST','PASSWORD_ARGON2_DEFAULT_TIME_COST','PASSWORD_ARGON2_DEFAULT_THREADS','PASSWORD_ARGON2_PROVIDER'] as $c) { echo $c, '=', var_export(constant($c), true), "\n"; }
$h = password_hash("secret", PASSWORD_BCRYPT, ['cost' => 4]);
var_dump(strlen($h), substr($h, 0, 7), password_verify("secret", $h), password_verify("Secret", $h));
var_dump(password_get_info($h), password_needs_rehash($h, PASSWORD_BCRYPT, ['cost' => 4]), password_needs_rehash($h, PASSWORD_BCRYPT), password_needs_rehash($h, PASSWORD_ARGON2ID));
$a = password_hash("secret", PASSWORD_ARGON2ID, ['memory_cost' => 1024, 'time_cost' => 2, 'threads' => 1]);
var_dump(substr($a, 0, 30), strlen($a), password_verify("secret", $a), password_get_info($a));
var_dump(password_get_info("nonsense"), password_verify("x", "nonsense"), password_verify("", ""));
foreach ([['cost' => 3], ['cost' => 32], ['salt' => 'abcdefghijklmnopqrstuv']] as $o) {
  try { var_dump(strlen(password_hash("x", PASSWORD_BCRYPT, $o))); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach ([null, 1, "1", "2y", "bogus", 0] as $al) {
  try { var_dump(strlen(password_hash("x", $al, ['cost' => 4]))); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { password_hash("a\0b", PASSWORD_BCRYPT); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(password_verify(str_repeat("a", 72), password_hash(str_repeat("a", 80), PASSWORD_BCRYPT, ['cost' => 4])));
var_dump(password_verify("rasmuslerdorf", '$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq'));
var_dump(password_verify("rasmuslerdorf", '$2a$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq'));
var_dump(password_verify("password", '$argon2i$v=19$m=1024,t=2,p=2$YzJBSzV4TUhkMzc3d3laeg$zqU/1IN0/AogfP4cmSJI1vc8lpXRW9/S0sYY2i2jHT0'));
var_dump(password_algos());
$fixed = [
    '$2y$05$xkIVTrJ1oxfAeAvU5Kmfk.SxffEELdeNjLwGJ6S/MXMdmAxJ9WIhG',
    '$argon2i$v=19$m=64,t=1,p=1$ZnhYSU12NS5qeWNGWERKaA$LTqvW5RhDXNV/JpgZVom8OwCHGug+/8AkgGrks8tKO4',
    '$argon2id$v=19$m=128,t=2,p=2$RktKRGJWVERLYTdYT2xhTg$y5l/KRl7JgHsp7T4DKWYywyZKCTnIMoNz2A/ElzMR1A',
];
foreach ($fixed as $h) { var_dump(password_verify("tutorial", $h), password_verify("Tutorial", $h), password_get_info($h)["options"], password_needs_rehash($h, password_get_info($h)["algo"], password_get_info($h)["options"])); }
foreach ([['memory_cost' => 7], ['memory_cost' => 8], ['time_cost' => 0], ['threads' => 0], ['threads' => 2, 'memory_cost' => 16], ['memory_cost' => '2048'], ['cost' => 4]] as $o) {
  try { $h = password_hash("x", PASSWORD_ARGON2I, $o); echo substr($h, 0, strrpos($h, '$', -45)), "\n"; var_dump(password_verify("x", $h)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$h = password_hash("x", PASSWORD_ARGON2I, ['memory_cost' => 1024, 'time_cost' => 1]);
var_dump(password_needs_rehash($h, PASSWORD_ARGON2I, ['memory_cost' => 1024, 'time_cost' => 1]), password_needs_rehash($h, PASSWORD_ARGON2I), password_needs_rehash($h, PASSWORD_ARGON2ID, ['memory_cost' => 1024, 'time_cost' => 1]));
var_dump(password_needs_rehash("garbage", PASSWORD_BCRYPT), password_needs_rehash('$2y$10$' . str_repeat('a', 53), PASSWORD_DEFAULT));
try { password_needs_rehash("x", "bogus"); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(password_hash("x", PASSWORD_BCRYPT, ['cost' => '5'])[5]);
try { password_hash("x", PASSWORD_BCRYPT, ['cost' => 'abc']); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(password_get_info('$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq'), password_get_info('$2a$07$short'));
var_dump(password_get_info('$argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHQ$aGFzaA'));
--EXPECTF--
PASSWORD_DEFAULT='2y'
PASSWORD_BCRYPT='2y'
PASSWORD_BCRYPT_DEFAULT_COST=10
PASSWORD_ARGON2I='argon2i'
PASSWORD_ARGON2ID='argon2id'
PASSWORD_ARGON2_DEFAULT_MEMORY_COST=65536
PASSWORD_ARGON2_DEFAULT_TIME_COST=4
PASSWORD_ARGON2_DEFAULT_THREADS=1
PASSWORD_ARGON2_PROVIDER='standard'
int(60)
string(7) "$2y$04$"
bool(true)
bool(false)
array(3) {
  ["algo"]=>
  string(2) "2y"
  ["algoName"]=>
  string(6) "bcrypt"
  ["options"]=>
  array(1) {
    ["cost"]=>
    int(4)
  }
}
bool(false)
bool(true)
bool(true)
string(30) "$argon2id$v=19$m=1024,t=2,p=1$"
int(96)
bool(true)
array(3) {
  ["algo"]=>
  string(8) "argon2id"
  ["algoName"]=>
  string(8) "argon2id"
  ["options"]=>
  array(3) {
    ["memory_cost"]=>
    int(1024)
    ["time_cost"]=>
    int(2)
    ["threads"]=>
    int(1)
  }
}
array(3) {
  ["algo"]=>
  NULL
  ["algoName"]=>
  string(7) "unknown"
  ["options"]=>
  array(0) {
  }
}
bool(false)
bool(false)
ValueError: Invalid bcrypt cost parameter specified: 3
ValueError: Invalid bcrypt cost parameter specified: 32

Warning: password_hash(): The "salt" option has been ignored, since providing a custom salt is no longer supported in %s on line 10
int(60)
int(60)
int(60)
ValueError: password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm
int(60)
ValueError: password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm
int(60)
ValueError: Bcrypt password must not contain null character
bool(true)
bool(true)
bool(true)
bool(false)
array(3) {
  [0]=>
  string(2) "2y"
  [1]=>
  string(7) "argon2i"
  [2]=>
  string(8) "argon2id"
}
bool(true)
bool(false)
array(1) {
  ["cost"]=>
  int(5)
}
bool(false)
bool(true)
bool(false)
array(3) {
  ["memory_cost"]=>
  int(64)
  ["time_cost"]=>
  int(1)
  ["threads"]=>
  int(1)
}
bool(false)
bool(true)
bool(false)
array(3) {
  ["memory_cost"]=>
  int(128)
  ["time_cost"]=>
  int(2)
  ["threads"]=>
  int(2)
}
bool(false)
ValueError: Memory cost is outside of allowed memory range
$argon2i$v=19$m=8,t=4,p=1
bool(true)
ValueError: Time cost is outside of allowed time range
ValueError: Invalid number of threads
$argon2i$v=19$m=16,t=4,p=2
bool(true)
$argon2i$v=19$m=2048,t=4,p=1
bool(true)
$argon2i$v=19$m=65536,t=4,p=1
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
string(1) "5"
ValueError: Invalid bcrypt cost parameter specified: 0
array(3) {
  ["algo"]=>
  string(2) "2y"
  ["algoName"]=>
  string(6) "bcrypt"
  ["options"]=>
  array(1) {
    ["cost"]=>
    int(7)
  }
}
array(3) {
  ["algo"]=>
  NULL
  ["algoName"]=>
  string(7) "unknown"
  ["options"]=>
  array(0) {
  }
}
array(3) {
  ["algo"]=>
  string(8) "argon2id"
  ["algoName"]=>
  string(8) "argon2id"
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
